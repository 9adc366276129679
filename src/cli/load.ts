/**
 * Reading scenario files for every command: the text, its validation (warnings and errors on
 * stderr, each at its path), and the command line's overrides of seed, duration and warm-up.
 */
import { readFileSync } from "node:fs";
import { formatIssue } from "../scenario/issues";
import { parseScenarioText } from "../scenario/parse";
import type { Scenario } from "../scenario/types";
import type { Overrides } from "./args";
import { jsonSyntaxError } from "./json-error";

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** A terminal to show a long run's progress on, rewritten in place; absent otherwise. */
  progress?(s: string): void;
  readFile?(path: string): string;
  /** Where a file the command writes goes (`run --traces`); the file system by default. */
  writeFile?(path: string, text: string): void;
}

export interface Loaded {
  scenario: Scenario;
  /** The document as written, with the overrides applied: what batch tasks carry. */
  document: Record<string, unknown>;
}

/** The validated scenario and its document, overrides applied; or undefined, every problem on stderr. */
export function load(file: string, overrides: Overrides, io: Io): Loaded | undefined {
  let text: string;
  try {
    text = (io.readFile ?? ((path) => readFileSync(path, "utf8")))(file);
  } catch (error) {
    io.stderr(`archsim: cannot read ${file}: ${readProblem(error)}\n`);
    return undefined;
  }
  const result = parseScenarioText(text);
  for (const w of result.warnings) io.stderr(`${file}: warning: ${formatIssue(w)}\n`);
  if (!result.ok) {
    for (const e of result.errors) {
      // Placed as file:line:column with the line, from the text JSON.parse read (no BOM).
      const located =
        e.code === "notJson"
          ? jsonSyntaxError(file, text.replace(/^\uFEFF/, ""), String(e.params.reason))
          : undefined;
      io.stderr(`${located ?? `${file}: ${formatIssue(e)}`}\n`);
    }
    return undefined;
  }
  const scenario = withOverrides(result.scenario, overrides, io);
  if (scenario === undefined) return undefined;
  // Valid, so an object; the seed stays the document's: batches give each task its own.
  const document = {
    ...(result.document as Record<string, unknown>),
    duration: scenario.duration,
    warmup: scenario.warmup,
  };
  return { scenario, document };
}

/**
 * The command line's seed, duration and warmup replace the scenario's. The warmup < duration
 * rule is checked here, where both sides are known: either may come from the command line.
 */
function withOverrides(scenario: Scenario, o: Overrides, io: Io): Scenario | undefined {
  const duration = o.duration ?? scenario.duration;
  const warmup = o.warmup ?? scenario.warmup;
  if (warmup >= duration) {
    io.stderr(
      `archsim: the warmup (${warmup} s) must be shorter than the duration (${duration} s)\n`,
    );
    return undefined;
  }
  return { ...scenario, seed: o.seed ?? scenario.seed, duration, warmup };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in READ_PROBLEMS) return READ_PROBLEMS[code];
  return error instanceof Error ? error.message : String(error);
}
