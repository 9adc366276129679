/**
 * What the engine recorded of a sample of requests: plain data (numbers and strings only), so
 * it crosses a worker's postMessage as it is and the OTLP export and the waterfall read the same
 * thing. Times are simulated seconds; -1 means "did not happen".
 */

/** How a hop came to be: what its caller did. */
export type HopKind =
  /** A client's logical request, from its first send to its final answer: the root. */
  | "request"
  /** A call its caller waits for (a client's attempt, a balancer's forward, a server's call). */
  | "call"
  /** A hedged second copy of a client's attempt. */
  | "hedge"
  /** An async call: the caller does not wait for it. */
  | "async"
  /** A message taken from a queue by a consumer (a publish's delivery or a redelivery). */
  | "message";

export interface Hop {
  /** The hop that made this one (its index in the request's hops), -1 for the root. */
  parent: number;
  /** Component index (names in TraceSample.components). */
  component: number;
  /** The replica (or database node, or consumer) that held it; -1 where there is none. */
  instance: number;
  kind: HopKind;
  /** A client's attempt number (1 = first send) on its calls and hedges; 0 elsewhere. */
  attempt: number;
  /** When the caller sent it. */
  sent: number;
  /** When it reached its component (sent + the network's delay). */
  arrived: number;
  /** When a worker, connection or consumer took it up (after its queue wait). */
  started: number;
  /** When its local processing ended. */
  processed: number;
  /** When its component answered. */
  replied: number;
  /** When the answer reached the caller (replied + the network's delay). */
  returned: number;
  /** When the caller stopped waiting for it (a timeout, a hedge answered first, a crash). */
  abandoned: number;
  /** OUTCOME code (0 = ok; outcome.ts), -1 while it runs. */
  outcome: number;
  /**
   * Why it failed, when it did: "timeout" (its caller gave up on it), "lost" (its replica
   * crashed with it), "partition" (the network to it is cut), "downstream" (a call it made
   * failed), else the outcome's own kind where it started ("rejected", "unavailable", "error").
   */
  cause: string;
  /** The call whose failure this hop passed on (its index), -1 when none failed it. */
  failedCall: number;
}

export interface SampledRequest {
  /** Requests started before this one in the run, over every client: its run-wide number. */
  seq: number;
  /** hops[0] is the request itself (kind "request", at its client). */
  hops: Hop[];
  /** Hops not kept because the request had more than MAX_HOPS. */
  droppedHops: number;
}

export interface TraceSample {
  /** Component ids by index, and their types. */
  components: string[];
  types: string[];
  seed: string;
  /** Simulated time at which the sample was taken: the end of the run, or now in a live one. */
  now: number;
  /** Requests offered to the sample (after the rate's draw) and those kept. */
  offered: number;
  requests: SampledRequest[];
}

/** Most hops kept per request: retries, fan-out and redeliveries are bounded, but by the user. */
export const MAX_HOPS = 256;

/** How to sample: each request with probability `rate`, keeping a uniform `max` of them at most. */
export interface SampleOptions {
  rate: number;
  max: number;
}

export const DEFAULT_SAMPLE: SampleOptions = { rate: 1, max: 100 };
