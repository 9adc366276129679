import { describe, it } from "vitest";
import type { RetryPolicy } from "../../src/scenario/types";
import { meanAndHalfWidth } from "../../src/sim/stats/confidence";
import { mm1 } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, expectPositive, once, replicate } from "./support";

/**
 * A server (μ = 20/s, λ = 10/s, so ρ = 0.5) crashes for D = 2 s; the client has a 2 s timeout
 * and retries up to 5 times. A crashed instance refuses connections at once, so a request sent
 * during the outage fails immediately and its retries are paced by the backoff alone:
 *
 * - immediate retries (backoff 0.1 ms, multiplier 1, no jitter) spend all five inside the
 *   outage: every request of the outage makes 6 attempts and fails;
 * - exponential backoff with full jitter (1 s · 2^k, k = 0..4) spreads them over up to 31 s, so
 *   a request sent u seconds before the end of the outage fails only if its retries all fall
 *   inside those u seconds.
 *
 * Both variants run on the same seeds, so their arrivals and service times are identical.
 */
const LAMBDA = 10;
const SERVICE_MEAN = 0.05;
const CRASH_AT = 300;
const OUTAGE = 2;
const DURATION = 600;
const REPLICATIONS = 20;
const SEED = "validation/retries";

const IMMEDIATE: RetryPolicy = { max: 5, backoff: 0.0001, multiplier: 1, jitter: false };
const BACKOFF: RetryPolicy = { max: 5, backoff: 1, multiplier: 2, jitter: true };

/**
 * Runs with statistics from `warmup`: requests sent from then on, and their retries, count.
 * The warm-up starting at the crash leaves out the requests the crash itself lost (sent before).
 */
function retryRuns(retry: RetryPolicy, warmup: number) {
  return replicate(
    scenario({
      name: "retries through a crash",
      warmup,
      duration: DURATION,
      components: [
        openClient("client", "server", LAMBDA, { timeout: 2, retry }),
        server("server", exp(SERVICE_MEAN)),
      ],
      faults: [{ kind: "crash", at: CRASH_AT, target: "server", duration: OUTAGE }],
    }),
    SEED,
    REPLICATIONS,
  );
}

/**
 * Expected retries, and failures, of the requests sent during an outage of length d. Let S_j be
 * the time of retry j counted from the first attempt: S_0 = 0 (the first attempt itself),
 * S_(j+1) = S_j + U_j, U_j uniform on [0, b·m^j] with jitter (b·m^j itself without). A request
 * sent u seconds before the outage ends makes retry j+1 iff attempt S_j fell inside the outage,
 * S_j < u, and fails iff its last retry did too, S_max < u. With Poisson arrivals over
 * the outage, u is uniform on [0, d], so
 *
 *   E[retries] = λ Σ_{j<max} ∫_0^d P(S_j < x) dx,   E[failures] = λ ∫_0^d P(S_max < x) dx.
 *
 * The distribution functions F_j(x) = P(S_j < x) are computed on a grid of step h over [0, d]
 * (only that range matters) by F_(j+1)(x) = (1/w) ∫_(x-w)^x F_j(s) ds, w = b·m^j.
 */
function outageRetries(policy: RetryPolicy, d: number, lambda: number) {
  const steps = 20_000;
  const h = d / steps;
  let cdf = new Float64Array(steps + 1).fill(1);
  const integral = (f: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < steps; i++) sum += ((f[i] + f[i + 1]) / 2) * h;
    return sum;
  };
  let retries = 0;
  for (let j = 0; j < policy.max; j++) {
    retries += integral(cdf);
    const w = policy.backoff * policy.multiplier ** j;
    // Running integral of F_j, with F_j = 0 below 0.
    const running = new Float64Array(steps + 1);
    for (let i = 1; i <= steps; i++) running[i] = running[i - 1] + ((cdf[i - 1] + cdf[i]) / 2) * h;
    const next = new Float64Array(steps + 1);
    for (let i = 0; i <= steps; i++) {
      const x = i * h;
      if (!policy.jitter || w <= h) {
        // A fixed delay: S_(j+1) < x iff S_j < x - w.
        const k = Math.floor((x - w) / h);
        next[i] = k < 0 ? 0 : cdf[k];
      } else {
        const from = x - w;
        const lower = from <= 0 ? 0 : interpolate(running, from / h);
        next[i] = (running[i] - lower) / w;
      }
    }
    cdf = next;
  }
  return { retries: lambda * retries, failures: lambda * integral(cdf) };
}

function interpolate(values: Float64Array, position: number): number {
  const i = Math.floor(position);
  if (i >= values.length - 1) return values[values.length - 1];
  return values[i] + (position - i) * (values[i + 1] - values[i]);
}

describe("retries through a 2 s crash (λ = 10/s, μ = 20/s, timeout 2 s, max 5 retries)", () => {
  const immediate = once(() => retryRuns(IMMEDIATE, CRASH_AT));
  const backoff = once(() => retryRuns(BACKOFF, CRASH_AT));
  // Immediate: 5 retries and one failure per request of the outage: 100 retries, 20 failures.
  const immediateTheory = outageRetries(IMMEDIATE, OUTAGE, LAMBDA);
  // Backoff: 2.08 retries per request of the outage (41.7 in all), 0.001 failures in all.
  const backoffTheory = outageRetries(BACKOFF, OUTAGE, LAMBDA);

  it("immediate retries make 5 more attempts for every request sent during the outage", async ({
    annotate,
  }) => {
    const est = estimate(immediate(), (r) => r.retries);
    await annotate(expectCovers("retries (immediate)", est, immediateTheory.retries));
  });

  it("immediate retries fail every request sent during the outage: λ·D failures", async ({
    annotate,
  }) => {
    const est = estimate(immediate(), (r) => r.requests.failed);
    await annotate(expectCovers("failed (immediate)", est, immediateTheory.failures));
  });

  it("jittered exponential backoff makes the retries its delays predict", async ({ annotate }) => {
    const est = estimate(backoff(), (r) => r.retries);
    await annotate(expectCovers("retries (backoff)", est, backoffTheory.retries));
  });

  it("immediate retries put more than twice the retry load of exponential backoff", async ({
    annotate,
  }) => {
    // Theory: 100 against 41.7 retries, a ratio of 2.4. Paired by seed, both variants see the
    // same requests during the outage.
    const backoffRuns = backoff();
    const difference = meanAndHalfWidth(
      immediate().map((r, i) => r.retries - 2 * backoffRuns[i].retries),
    );
    await annotate(expectPositive("retries (immediate) - 2 × retries (backoff)", difference));
  });

  it("exponential backoff rides out the outage: far fewer failures than immediate retries", async ({
    annotate,
  }) => {
    // Theory: 0.001 failures per run with backoff against 20 with immediate retries; asking for
    // fewer than a tenth leaves a wide margin.
    const backoffRuns = backoff();
    const difference = meanAndHalfWidth(
      immediate().map((r, i) => r.requests.failed - 10 * backoffRuns[i].requests.failed),
    );
    await annotate(expectPositive("failed (immediate) - 10 × failed (backoff)", difference));
  });

  it("after the outage and its retries, both variants are back to M/M/1 with no failures", async ({
    annotate,
  }) => {
    // From 31 s after the outage (the longest backoff ladder, 1+2+4+8+16 s) the server is an
    // M/M/1 at ρ = 0.5 again: W = 1/(μ-λ) = 0.1 s, no retries, no failures.
    const after = CRASH_AT + OUTAGE + 31;
    const theory = mm1(LAMBDA, 1 / SERVICE_MEAN);
    for (const [name, policy] of [
      ["immediate", IMMEDIATE],
      ["backoff", BACKOFF],
    ] as const) {
      const runs = retryRuns(policy, after);
      const est = estimate(runs, (r) => r.latency.mean);
      await annotate(expectCovers(`W after (${name})`, est, theory.meanSojourn));
      const failures = estimate(runs, (r) => r.requests.failed + r.retries);
      await annotate(expectCovers(`failed + retries after (${name})`, failures, 0));
      const busy = estimate(runs, (r) => component(r, "server").utilization);
      await annotate(expectCovers(`utilization after (${name})`, busy, theory.utilization));
    }
  });
});
