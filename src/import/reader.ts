/**
 * Reads a trace file piece by piece, whatever the pieces: the command line feeds it a file
 * stream's chunks, the page a File's. A file whose first line is a whole JSON document is read
 * line by line (the Collector's file exporter, one ExportTraceServiceRequest a line), so only one
 * line's text is held at a time; any other file is one document (a pretty-printed export), held
 * until its end. Each document is OTLP/JSON or Jaeger JSON, told apart by its shape.
 */
import { jsonErrorAt, placeOf } from "../scenario/json-scan";
import { isObject } from "./fields";
import { isJaeger, readJaeger } from "./jaeger";
import { readOtlp } from "./otlp";
import { Problems } from "./problems";
import { Clock, type Span } from "./span";

export type Format = "otlp" | "jaeger";

export class TraceReader {
  readonly problems = new Problems();
  readonly spans: Span[] = [];
  readonly formats = new Set<Format>();
  /** Lines read so far. */
  lines = 0;
  private readonly clock = new Clock();
  /** The pieces of the line under way: a line longer than a chunk is joined once, at its end. */
  private rest: string[] = [];
  private mode: "detect" | "lines" | "document" = "detect";
  private document: string[] = [];

  /** The next piece of the file's text, cut anywhere. */
  push(chunk: string): void {
    let from = 0;
    for (let nl = chunk.indexOf("\n"); nl >= 0; nl = chunk.indexOf("\n", from)) {
      this.rest.push(chunk.slice(from, nl));
      this.line(this.rest.join(""));
      this.rest = [];
      from = nl + 1;
    }
    if (from < chunk.length) this.rest.push(chunk.slice(from));
  }

  /** The file has ended. */
  end(): void {
    if (this.rest.length > 0) this.line(this.rest.join(""));
    this.rest = [];
    if (this.mode === "document") {
      const text = this.document.join("\n");
      this.document = [];
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (error) {
        const { line, detail } = locateJsonError(text, error);
        this.problems.add({ line, path: "", code: "notJson", detail });
        return;
      }
      this.read(doc, 1);
    }
  }

  private line(raw: string): void {
    this.lines++;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (this.mode === "document") {
      this.document.push(line);
      return;
    }
    const text = this.lines === 1 ? line.replace(/^\uFEFF/, "") : line;
    if (text.trim() === "") return;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      if (this.mode === "detect") {
        // Not a document on one line: the whole file is one, read at its end.
        this.mode = "document";
        this.document.push(text);
        return;
      }
      const { detail } = locateJsonError(text, error);
      this.problems.add({ line: this.lines, path: "", code: "notJson", detail });
      return;
    }
    this.mode = "lines";
    this.read(doc, this.lines);
  }

  private read(doc: unknown, line: number): void {
    const emit = (span: Span) => this.spans.push(span);
    if (isObject(doc) && "resourceSpans" in doc) {
      this.formats.add("otlp");
      readOtlp(doc, line, this.clock, this.problems, emit);
    } else if (isJaeger(doc)) {
      this.formats.add("jaeger");
      readJaeger(doc, line, this.clock, this.problems, emit);
    } else {
      const keys = isObject(doc) ? Object.keys(doc).slice(0, 4).join(", ") : typeof doc;
      this.problems.add({ line, path: "", code: "unknownFormat", detail: keys });
    }
  }
}

/**
 * The line (within `text`, from 1) and column of a JSON syntax error, found by the project's own scanner: Node's
 * JSON.parse says why but not always where.
 */
function locateJsonError(text: string, error: unknown): { line: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const { line, column } = placeOf(text, jsonErrorAt(text) ?? 0);
  // The engine's own "at position N (line 1 column 2)" counts from another origin: dropped.
  const reason = message.replace(/,? at position \d+.*$| in JSON at position \d+.*$/s, "");
  return { line, detail: `at column ${column}: ${reason}` };
}
