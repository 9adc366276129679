/**
 * The longest wait a retry is scheduled with, in seconds: far beyond any run (3e22 years), yet
 * small enough that any clock plus it stays a finite number the event queue can order.
 */
export const NEVER_DELAY = 1e30;

/**
 * A retry's delay as scheduled: its backoff b·m^k (jittered or not), made a time the clock can
 * reach. With no backoff there is no wait however many retries came before, where b·m^k would be
 * 0·∞ = NaN once m^k overflows; a power that overflows, or a delay past NEVER_DELAY, waits
 * NEVER_DELAY: the retry does not happen within the run and the request stays in flight.
 */
export function retryDelay(delay: number, backoff: number): number {
  if (backoff === 0) return 0;
  // biome-ignore lint/complexity/useMathMinMax: Math.min would let a NaN delay through.
  return delay <= NEVER_DELAY ? delay : NEVER_DELAY;
}
