import type { Scenario } from "../../scenario/types";
import type { Model } from "../build";
import { createStream } from "../random/stream";
import { TraceRecorder } from "./recorder";
import type { SampleOptions, TraceSample } from "./sample";

/** Component types whose jobs' `inst` names a replica, a database node or a consumer. */
const REPLICATED = new Set(["server", "database", "queue"]);

/**
 * Starts recording a sample of `model`'s requests; returns what reads the sample so far. The
 * sampling stream is named like a component's but under an id no component can have (ids are
 * non-empty), so it changes no one's draws.
 */
export function attachRecorder(
  model: Model,
  scenario: Scenario,
  seed: string,
  options: SampleOptions,
): () => TraceSample {
  const sim = model.sim;
  const components = scenario.components.map((c) => c.id);
  const types = scenario.components.map((c) => c.type);
  const recorder = new TraceRecorder(
    sim.jobs,
    sim,
    createStream(seed, "", "trace-sample"),
    options,
    Uint8Array.from(types, (t) => (REPLICATED.has(t) ? 1 : 0)),
  );
  sim.tracer = recorder;
  return () => recorder.sample(components, types, seed);
}
