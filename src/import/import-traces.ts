/**
 * The importer's one entry point for the command line and the page: spans read by a
 * TraceReader in, a validated scenario document and the report out. The scenario is checked by
 * the same validator as every scenario; one it refuses is a bug of the importer, said as such.
 */
import { formatIssue } from "../scenario/issues";
import { parseScenario } from "../scenario/parse";
import { infer } from "./infer";
import type { Problem } from "./problems";
import type { Format, TraceReader } from "./reader";
import type { ReportItem } from "./report";

export interface Imported {
  /** Present when a valid scenario could be built. */
  scenario?: Record<string, unknown>;
  report: ReportItem[];
  /** What could not be read, by line and field (the first few; `problemCount` counts them all). */
  problems: Problem[];
  problemCount: number;
  formats: Format[];
  /** Validator messages for a scenario the importer built wrong: a bug, never expected. */
  invalid: string[];
}

export function finishImport(reader: TraceReader, name: string): Imported {
  const { scenario, report } = infer(reader.spans, name);
  const problems = reader.problems;
  if (problems.count > 0)
    report.push({ level: "warning", code: "problems", params: { count: problems.count } });
  const result: Imported = {
    report,
    problems: problems.kept,
    problemCount: problems.count,
    formats: [...reader.formats],
    invalid: [],
  };
  if (scenario === undefined) return result;
  const checked = parseScenario(scenario);
  if (!checked.ok) return { ...result, invalid: checked.errors.map(formatIssue) };
  return { ...result, scenario };
}
