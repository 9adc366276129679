/**
 * `run --traces`: records a sample of the first run's requests (its seed is the scenario's, so
 * the file goes with the summary printed for one run) and writes it as OTLP/JSON, one
 * ExportTraceServiceRequest on one line, as the OpenTelemetry Collector's file exporter does.
 */
import { writeFileSync } from "node:fs";
import type { Scenario } from "../scenario/types";
import type { Model } from "../sim/build";
import { attachRecorder } from "../sim/trace/attach";
import type { TraceSample } from "../sim/trace/sample";
import { exportedSpanCount, toOtlp } from "../trace-export/otlp";
import type { Io } from "./load";
import type { TraceRequest } from "./trace-options";
import { VERSION } from "./version";

export interface TraceRecording {
  beforeRun: (run: number, seed: string, model: Model) => void;
  /** Writes the file and says so on stderr; false (and why) when it cannot be written. */
  write: (io: Io) => boolean;
}

export function recordTraces(scenario: Scenario, request: TraceRequest): TraceRecording {
  let read: (() => TraceSample) | undefined;
  return {
    beforeRun: (run, seed, model) => {
      if (run === 0) read = attachRecorder(model, scenario, seed, request);
    },
    write: (io) => {
      if (read === undefined) return true;
      const sample = read();
      const text = `${JSON.stringify(toOtlp(sample, { version: VERSION }))}\n`;
      try {
        (io.writeFile ?? ((path, data) => writeFileSync(path, data)))(request.file, text);
      } catch (error) {
        io.stderr(
          `archsim: cannot write ${request.file}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return false;
      }
      const done = sample.requests.filter((r) => r.hops[0].returned >= 0).length;
      io.stderr(
        `archsim: wrote ${done} traces (${exportedSpanCount(sample)} spans, OTLP/JSON) to ${request.file}\n`,
      );
      return true;
    },
  };
}
