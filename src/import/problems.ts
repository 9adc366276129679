/**
 * What the importer could not read, by line and field, as data: the command line writes it in
 * English and the page in its language (messages.ts).
 */
export interface Problem {
  /** 1-based line of the file; for a single document, the line where the value starts is unknown, so 1. */
  line: number;
  /** Where in the line's document, as a path: `resourceSpans[0].scopeSpans[1].spans[3].startTimeUnixNano`. */
  path: string;
  code: ProblemCode;
  /** What was found there, cut short, or the JSON parser's message. */
  detail: string;
}

export type ProblemCode =
  | "notJson"
  | "unknownFormat"
  | "notArray"
  | "missingField"
  | "badTime"
  | "endBeforeStart"
  | "badId";

/** Problems kept in full; beyond this only counted, so a broken 100 MB file cannot flood memory. */
export const KEEP_PROBLEMS = 50;

export class Problems {
  readonly kept: Problem[] = [];
  count = 0;

  add(problem: Problem): void {
    this.count++;
    if (this.kept.length < KEEP_PROBLEMS) this.kept.push(problem);
  }
}

/** A value as it appears in a problem: JSON, at most 40 characters. */
export function shown(value: unknown): string {
  const text = value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
