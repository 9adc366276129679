/**
 * A column of durations from text: a CSV file's column (by 1-based index or header name), or
 * numbers pasted one a line. A header line is recognised by not being a number; any other line
 * that is not a finite number >= 0 is reported with its line number and skipped.
 */
export type Unit = "s" | "ms" | "us" | "ns";

export const UNIT_SECONDS: Record<Unit, number> = { s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9 };

export interface SampleProblem {
  line: number;
  text: string;
}

export interface Column {
  /** In seconds. */
  values: Float64Array;
  /** The header's name for the column read, when the text has one. */
  header?: string;
  problems: SampleProblem[];
  /** Lines skipped with a problem (`problems` keeps the first few). */
  skipped: number;
  /** Set when the column asked for does not exist: nothing was read. */
  missingColumn?: string;
}

const KEEP_PROBLEMS = 10;

export function readColumn(text: string, column: string | number = 1, unit: Unit = "s"): Column {
  const scale = UNIT_SECONDS[unit];
  const lines = text.split(/\r?\n/);
  const values: number[] = [];
  const problems: SampleProblem[] = [];
  let skipped = 0;
  let header: string | undefined;
  let index = typeof column === "number" ? column - 1 : -1;
  let first = true;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l].trim();
    if (line === "" || line.startsWith("#")) continue;
    const fields = splitFields(line);
    if (first) {
      first = false;
      const named = typeof column === "string" ? fields.indexOf(column) : -1;
      if (typeof column === "string") {
        if (named < 0)
          return { values: new Float64Array(0), problems, skipped, missingColumn: column };
        index = named;
        header = column;
        continue;
      }
      if (fields.some((f) => f !== "" && !Number.isFinite(Number(f)))) {
        header = fields[index];
        if (header === undefined)
          return { values: new Float64Array(0), problems, skipped, missingColumn: String(column) };
        continue;
      }
    }
    const field = fields[index];
    const value = field === undefined || field === "" ? Number.NaN : Number(field);
    if (Number.isFinite(value) && value >= 0) values.push(value * scale);
    else {
      skipped++;
      if (problems.length < KEEP_PROBLEMS) problems.push({ line: l + 1, text: field ?? "" });
    }
  }
  return { values: Float64Array.from(values), header, problems, skipped };
}

/** Commas, semicolons or tabs between fields; quotes around a field are dropped. */
function splitFields(line: string): string[] {
  return line.split(/[,;\t]/).map((f) => f.trim().replace(/^"(.*)"$/, "$1"));
}
