import { requireNonNegative, requirePositive } from "./arguments";

/**
 * Two single-server stations in series with finite rooms and blocking after service: Poisson
 * arrivals at rate λ join station 1 unless it holds K1 requests (then they are lost); a request
 * served at station 1 moves to station 2 if it holds fewer than K2, otherwise it stays on
 * station 1's server, blocking it, until station 2 completes one. Service is exponential at
 * rates μ1 and μ2. (Perros, "Queueing Networks with Blocking", 1994, ch. 2: the two-node
 * network whose states are (n1, n2) plus the blocked states.)
 *
 * There is no closed form to quote for general K1, K2; the chain is small, so its stationary
 * law is solved exactly (Gaussian elimination with partial pivoting) and the figures read from
 * it. States: (n1, n2, 0) for 0 <= n1 <= K1, 0 <= n2 <= K2, and (n1, K2, 1) for 1 <= n1 <= K1,
 * station 1's server blocked (n1 counts the blocked request).
 */
export interface BlockingTandemFigures {
  /** Requests through both stations per second: λ·(1 - P(n1 = K1)) = μ2·P(n2 >= 1). */
  throughput: number;
  /** Share of arrivals lost because station 1 was full. */
  lossProbability: number;
  /** Share of time station 1's server is blocked by a full station 2. */
  blockedProbability: number;
  /** Station 1's server busy or blocked (it holds a request): P(n1 >= 1). */
  utilization1: number;
  /** Station 2's server busy: P(n2 >= 1). */
  utilization2: number;
  /** Mean requests at each station (a blocked one counts at station 1). */
  meanAt1: number;
  meanAt2: number;
}

/** The largest chain solved: (K1+1)(K2+1)+K1 states, a dense system of that size. */
export const MAX_TANDEM_STATES = 2000;

export function blockingTandem(
  arrivalRate: number,
  serviceRate1: number,
  serviceRate2: number,
  capacity1: number,
  capacity2: number,
): BlockingTandemFigures {
  requireNonNegative("arrivalRate", arrivalRate);
  requirePositive("serviceRate1", serviceRate1);
  requirePositive("serviceRate2", serviceRate2);
  for (const [name, k] of [
    ["capacity1", capacity1],
    ["capacity2", capacity2],
  ] as const) {
    if (!(Number.isSafeInteger(k) && k >= 1)) throw new RangeError(`${name} must be >= 1`);
  }
  const k1 = capacity1;
  const k2 = capacity2;
  const free = (k1 + 1) * (k2 + 1);
  const n = free + k1;
  if (n > MAX_TANDEM_STATES) throw new RangeError(`${n} states; at most ${MAX_TANDEM_STATES}`);
  const state = (n1: number, n2: number) => n1 * (k2 + 1) + n2;
  const blocked = (n1: number) => free + n1 - 1;
  // Row-major generator, q[from * n + to]; the diagonal is set from each row's sum below.
  const q = new Float64Array(n * n);
  const rate = (from: number, to: number, r: number) => {
    q[from * n + to] += r;
    q[from * n + from] -= r;
  };
  for (let n1 = 0; n1 <= k1; n1++) {
    for (let n2 = 0; n2 <= k2; n2++) {
      const s = state(n1, n2);
      if (n1 < k1) rate(s, state(n1 + 1, n2), arrivalRate);
      if (n1 >= 1) rate(s, n2 < k2 ? state(n1 - 1, n2 + 1) : blocked(n1), serviceRate1);
      if (n2 >= 1) rate(s, state(n1, n2 - 1), serviceRate2);
    }
  }
  for (let n1 = 1; n1 <= k1; n1++) {
    const s = blocked(n1);
    if (n1 < k1) rate(s, blocked(n1 + 1), arrivalRate);
    // Station 2 finishes one; the blocked request takes its place, station 1 is free again.
    rate(s, state(n1 - 1, k2), serviceRate2);
  }
  const pi = stationary(q, n);
  let full = 0;
  let blockedP = 0;
  let busy1 = 0;
  let busy2 = 0;
  let at1 = 0;
  let at2 = 0;
  for (let n1 = 0; n1 <= k1; n1++) {
    for (let n2 = 0; n2 <= k2; n2++) {
      const p = pi[state(n1, n2)];
      if (n1 === k1) full += p;
      if (n1 >= 1) busy1 += p;
      if (n2 >= 1) busy2 += p;
      at1 += n1 * p;
      at2 += n2 * p;
    }
  }
  for (let n1 = 1; n1 <= k1; n1++) {
    const p = pi[blocked(n1)];
    if (n1 === k1) full += p;
    blockedP += p;
    busy1 += p;
    busy2 += p;
    at1 += n1 * p;
    at2 += k2 * p;
  }
  return {
    throughput: arrivalRate * (1 - full),
    lossProbability: full,
    blockedProbability: blockedP,
    utilization1: busy1,
    utilization2: busy2,
    meanAt1: at1,
    meanAt2: at2,
  };
}

/**
 * π with πQ = 0 and Σπ = 1: the balance equations Qᵀπ = 0 with the last replaced by the
 * normalisation, by Gaussian elimination with partial pivoting.
 */
function stationary(q: Float64Array, n: number): Float64Array {
  // a = Qᵀ, augmented with the right-hand side in column n.
  const w = n + 1;
  const a = new Float64Array(n * w);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[j * w + i] = q[i * n + j];
  for (let j = 0; j < n; j++) a[(n - 1) * w + j] = 1;
  a[(n - 1) * w + n] = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * w + col]) > Math.abs(a[pivot * w + col])) pivot = r;
    if (pivot !== col) {
      for (let j = col; j < w; j++) {
        const t = a[col * w + j];
        a[col * w + j] = a[pivot * w + j];
        a[pivot * w + j] = t;
      }
    }
    const d = a[col * w + col];
    for (let r = col + 1; r < n; r++) {
      const f = a[r * w + col] / d;
      if (f === 0) continue;
      for (let j = col; j < w; j++) a[r * w + j] -= f * a[col * w + j];
    }
  }
  const pi = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = a[i * w + n];
    for (let j = i + 1; j < n; j++) s -= a[i * w + j] * pi[j];
    pi[i] = s / a[i * w + i];
  }
  return pi;
}
