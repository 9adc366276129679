/**
 * `archsim import otel traces.json`: streams the file through a TraceReader (a line-delimited
 * file is never held whole), prints the scenario on stdout and the report on stderr, with a
 * progress bar on a terminal. Exit 2 when nothing usable could be read.
 */
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import { finishImport } from "../import/import-traces";
import { problemText, reportText } from "../import/messages";
import { TraceReader } from "../import/reader";
import type { ReportLevel } from "../import/report";
import type { Io } from "./load";

export const IMPORT_USAGE = `Usage: archsim import otel <traces.json> [--name <name>] > scenario.json

Reads OpenTelemetry traces as OTLP/JSON (the Collector's file exporter: one
ExportTraceServiceRequest per line, or one document) or Jaeger's JSON export, and prints a
scenario inferred from them; what was inferred and assumed goes to stderr.
`;

const LEVEL: Record<ReportLevel, string> = {
  info: "inferred",
  assumed: "assumed",
  warning: "warning",
  error: "error",
};

export async function importCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === "--help" || args[0] === "-h") {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  if (args[0] !== "otel") {
    io.stderr(
      `archsim: import: the source is 'otel' (archsim import otel traces.json), got ${args[0] === undefined ? "nothing" : `'${args[0]}'`}\n`,
    );
    return 2;
  }
  let file: string | undefined;
  let name: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === "--name" && i + 1 < args.length) name = args[++i];
    else if (file === undefined && !a.startsWith("--")) file = a;
    else {
      io.stderr(`archsim: import: unexpected '${a}'\n${IMPORT_USAGE}`);
      return 2;
    }
  }
  if (file === undefined) {
    io.stderr(`archsim: import: which file? ${IMPORT_USAGE}`);
    return 2;
  }
  const reader = new TraceReader();
  let size = 0;
  try {
    size = statSync(file).size;
    await stream(file, reader, size, io);
  } catch (error) {
    io.stderr(`archsim: cannot read ${file}: ${readProblem(error)}\n`);
    return 2;
  }
  reader.end();
  const imported = finishImport(reader, name ?? `Imported from ${basename(file)}`);
  for (const p of imported.problems) io.stderr(`${file}: ${problemText(p)}\n`);
  if (imported.problemCount > imported.problems.length)
    io.stderr(
      `${file}: ... and ${imported.problemCount - imported.problems.length} more problems\n`,
    );
  for (const item of imported.report) io.stderr(`${LEVEL[item.level]}: ${reportText(item)}\n`);
  if (imported.invalid.length > 0) {
    for (const m of imported.invalid)
      io.stderr(`archsim: internal error: imported scenario: ${m}\n`);
    return 1;
  }
  if (imported.scenario === undefined) return 2;
  io.stdout(`${JSON.stringify(imported.scenario, null, 2)}\n`);
  return 0;
}

/** The file in chunks, so a line-delimited file is never whole in memory; a bar on a terminal. */
async function stream(file: string, reader: TraceReader, size: number, io: Io): Promise<void> {
  let read = 0;
  let shownAt = 0;
  const started = performance.now();
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of input) {
    reader.push(chunk as string);
    read += Buffer.byteLength(chunk as string);
    const now = performance.now();
    if (io.progress !== undefined && size > 0 && now - started > 500 && now - shownAt > 200) {
      shownAt = now;
      io.progress(
        `\r\x1b[Karchsim: import ${bar(read / size)} ${Math.floor((100 * read) / size)}% of ${megabytes(size)}, ${reader.spans.length} spans`,
      );
    }
  }
  if (shownAt > 0 && io.progress !== undefined) io.progress("\r\x1b[K");
}

function bar(done: number): string {
  const width = 24;
  const full = Math.min(width, Math.floor(done * width));
  return `[${"#".repeat(full)}${"-".repeat(width - full)}]`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}
