import { requirePositive } from "./arguments";

/**
 * The gaps between arrivals of an MMPP-2 in steady state: Poisson at rate r_i while the
 * modulating chain is in state i, which it leaves at rate q_i. As a Markovian arrival process
 * with D0 = [[−(r0+q0), q0], [q1, −(r1+q1)]] and D1 = diag(r0, r1) (Fischer & Meier-Hellstern,
 * "The Markov-modulated Poisson process (MMPP) cookbook", Performance Evaluation 18, 1993), a gap
 * seen from an arrival has moments E[X^k] = k!·φ(−D0)^−k·1, where φ = π·D1/λ̄ is the state at
 * an arrival, π = (q1, q0)/(q0 + q1) the chain's stationary law and λ̄ = π·r the mean rate.
 */
export function mmpp2Gaps(
  rates: [number, number],
  leaveRates: [number, number],
): { rate: number; mean: number; scv: number } {
  const [r0, r1] = rates;
  const [q0, q1] = leaveRates;
  requirePositive("leaveRates[0]", q0);
  requirePositive("leaveRates[1]", q1);
  const pi0 = q1 / (q0 + q1);
  const pi1 = q0 / (q0 + q1);
  const rate = pi0 * r0 + pi1 * r1;
  requirePositive("mean rate", rate);
  const phi0 = (pi0 * r0) / rate;
  const phi1 = (pi1 * r1) / rate;
  // −D0 = [[a, −q0], [−q1, d]], inverse [[d, q0], [q1, a]] / (a·d − q0·q1).
  const a = r0 + q0;
  const d = r1 + q1;
  const det = a * d - q0 * q1;
  const m00 = d / det;
  const m01 = q0 / det;
  const m10 = q1 / det;
  const m11 = a / det;
  // v = M·1, then w = M·v = M²·1.
  const v0 = m00 + m01;
  const v1 = m10 + m11;
  const w0 = m00 * v0 + m01 * v1;
  const w1 = m10 * v0 + m11 * v1;
  const mean = phi0 * v0 + phi1 * v1;
  const second = 2 * (phi0 * w0 + phi1 * w1);
  return { rate, mean, scv: second / (mean * mean) - 1 };
}

/**
 * M^X/M/1: batches arrive as a Poisson stream at rate λ, each of X requests, served one at a
 * time at rate μ (Gross & Harris, Fundamentals of Queueing Theory, §3.3.1 for constant X; the
 * general form from Chaudhry & Templeton, A First Course in Bulk Queues, 1983):
 *
 *   L = ρ/(1 − ρ) · (E[X²] + E[X]) / (2·E[X]),  ρ = λ·E[X]/μ,
 *
 * and a request's mean sojourn W = L/(λ·E[X]) by Little's law. Infinity when ρ >= 1.
 */
export function batchMm1(
  batchRate: number,
  meanBatch: number,
  batchSecondMoment: number,
  serviceRate: number,
): { utilization: number; meanInSystem: number; meanSojourn: number } {
  requirePositive("batchRate", batchRate);
  requirePositive("meanBatch", meanBatch);
  requirePositive("serviceRate", serviceRate);
  const rho = (batchRate * meanBatch) / serviceRate;
  if (rho >= 1) return { utilization: rho, meanInSystem: Infinity, meanSojourn: Infinity };
  const meanInSystem = (rho / (1 - rho)) * ((batchSecondMoment + meanBatch) / (2 * meanBatch));
  return { utilization: rho, meanInSystem, meanSojourn: meanInSystem / (batchRate * meanBatch) };
}
