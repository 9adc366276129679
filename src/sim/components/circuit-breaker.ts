import type { Breaker } from "../../scenario/types";

const CLOSED = 0;
const OPEN = 1;
const HALF_OPEN = 2;
/** The window is kept as this many buckets: old calls leave it a bucket at a time. */
const BUCKETS = 10;

/**
 * A circuit breaker on one call of a server (as Hystrix and resilience4j do it): closed, it
 * counts outcomes over a sliding window; when the failure share reaches `failureRate` over at
 * least `minCalls` calls it opens, and calls fail fast without reaching the callee; after
 * `openFor` seconds it lets a single trial call through (half-open), which closes it on success
 * and opens it again on failure. A slow or dead dependency then costs its callers nothing.
 */
export class CircuitBreaker {
  /** Times it opened, and calls it refused while open: the figures of the summary. */
  opened = 0;
  shortCircuited = 0;
  private state = CLOSED;
  private openedAt = 0;
  private trialInFlight = false;
  private readonly ok = new Float64Array(BUCKETS);
  private readonly failed = new Float64Array(BUCKETS);
  private bucket = 0;
  private bucketEnd: number;
  private readonly bucketWidth: number;

  constructor(private readonly config: Breaker) {
    this.bucketWidth = config.window / BUCKETS;
    this.bucketEnd = this.bucketWidth;
  }

  get isOpen(): boolean {
    return this.state !== CLOSED;
  }

  /** Whether a call may go through now; a refusal is counted. */
  allow(now: number): boolean {
    if (this.state === OPEN && now - this.openedAt >= this.config.openFor) {
      this.state = HALF_OPEN;
      this.trialInFlight = false;
    }
    if (this.state === CLOSED) return true;
    if (this.state === HALF_OPEN && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    this.shortCircuited++;
    return false;
  }

  /** The outcome of a call that `allow` let through. */
  record(now: number, success: boolean): void {
    if (this.state === HALF_OPEN) {
      if (success) this.close(now);
      else this.open(now);
      return;
    }
    if (this.state === OPEN) return;
    this.advance(now);
    if (success) this.ok[this.bucket]++;
    else this.failed[this.bucket]++;
    let ok = 0;
    let failed = 0;
    for (let b = 0; b < BUCKETS; b++) {
      ok += this.ok[b];
      failed += this.failed[b];
    }
    const calls = ok + failed;
    if (calls >= this.config.minCalls && failed >= this.config.failureRate * calls) this.open(now);
  }

  private open(now: number): void {
    this.state = OPEN;
    this.openedAt = now;
    this.opened++;
  }

  private close(now: number): void {
    this.state = CLOSED;
    this.ok.fill(0);
    this.failed.fill(0);
    this.bucketEnd = now + this.bucketWidth;
  }

  /** Moves the current bucket forward to `now`, emptying the buckets that left the window. */
  private advance(now: number): void {
    let steps = 0;
    while (now >= this.bucketEnd && steps < BUCKETS) {
      this.bucket = (this.bucket + 1) % BUCKETS;
      this.ok[this.bucket] = 0;
      this.failed[this.bucket] = 0;
      this.bucketEnd += this.bucketWidth;
      steps++;
    }
    if (now >= this.bucketEnd) {
      // Idle longer than the whole window: every bucket is empty; realign to now.
      this.bucketEnd = now + this.bucketWidth;
    }
  }
}
