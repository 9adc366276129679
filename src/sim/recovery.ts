import type { Fault } from "../scenario/types";
import type { Client } from "./components/client";
import type { Simulation } from "./kernel/simulation";
import { LatencyHistogram } from "./metrics/histogram";
import { OK } from "./outcome";

/** Seconds per sample of goodput and p99 while waiting for recovery. */
const SAMPLE = 1;
/** Recovery is judged over this many samples, so one lucky second does not count. */
const WINDOW = 5;
/** "Back to normal": goodput at least 90% and p99 at most 110% of the pre-fault level. */
const TOLERANCE = 0.1;

/** How a system came back after one scheduled fault. */
export interface Recovery {
  fault: string;
  start: number;
  end: number;
  /** Completed requests per second and p99 (s) in the steady period before the fault. */
  baselineGoodput: number;
  baselineP99: number;
  /** When goodput and p99 were back within 10% of the baseline, or null if never. */
  recoveredAt: number | null;
  /** recoveredAt - end: the figure that separates a resilient architecture from a fragile one. */
  seconds: number | null;
}

/**
 * Measures, for each scheduled fault, how long after it ends the system is back to its level
 * before it: goodput (completed requests per second) within 10% below and p99 within 10% above
 * their pre-fault values, over a 5-second window. The pre-fault level is everything since the
 * end of the warm-up, or since the previous recovery. A fault that starts before the previous
 * one has recovered joins it: overlapping faults are one disturbance, judged from the last end.
 */
export class RecoveryMonitor {
  readonly results: Recovery[] = [];
  /** What clients answered since the last sample (a latency tap). */
  private readonly latest = new LatencyHistogram();
  /** The last WINDOW samples, a ring. */
  private readonly window: LatencyHistogram[];
  private readonly windowCompleted = new Float64Array(WINDOW);
  private readonly merged = new LatencyHistogram();
  /** The steady period: since the warm-up or the last recovery, until the next fault. */
  private readonly baseline = new LatencyHistogram();
  private baselineCompleted = 0;
  private baselineSeconds = 0;
  private samples = 0;
  private lastCompleted = 0;
  /** The fault being recovered from, or null when steady. */
  private current: Recovery | null = null;
  /** Faults in progress: recovery is judged once none is. */
  private active = 0;

  constructor(
    private readonly sim: Simulation,
    private readonly clients: Client[],
    private readonly warmup: number,
  ) {
    this.window = Array.from({ length: WINDOW }, () => new LatencyHistogram());
    for (const client of clients) client.latencyTaps.push(this.latest);
  }

  /** Watches `fault`: its start freezes the baseline, its end starts the wait for recovery. */
  watch(fault: Fault, label: string): void {
    this.sim.at(fault.at, () => this.faultStarts(fault, label));
    this.sim.at(fault.at + fault.duration, () => this.active--);
  }

  /** Starts sampling; call once, after the faults are watched. */
  begin(): void {
    this.sim.every(SAMPLE, 0, () => this.sample());
  }

  private faultStarts(fault: Fault, label: string): void {
    this.active++;
    const end = fault.at + fault.duration;
    if (this.current !== null) {
      // Still disturbed by the previous fault: the two are one disturbance, judged together.
      this.current.fault += ` + ${label}`;
      this.current.end = Math.max(this.current.end, end);
      return;
    }
    this.current = {
      fault: label,
      start: fault.at,
      end,
      baselineGoodput: this.baselineSeconds > 0 ? this.baselineCompleted / this.baselineSeconds : 0,
      baselineP99: this.baseline.count > 0 ? this.baseline.percentile(0.99) : 0,
      recoveredAt: null,
      seconds: null,
    };
    this.results.push(this.current);
  }

  /** Every second: moves the window on, and either extends the baseline or judges recovery. */
  private sample(): void {
    let done = 0;
    for (const c of this.clients) done += c.lifetime.outcomes[OK];
    const completed = done - this.lastCompleted;
    this.lastCompleted = done;
    const slot = this.samples++ % WINDOW;
    this.window[slot].reset();
    this.window[slot].mergeFrom(this.latest);
    this.windowCompleted[slot] = completed;
    this.latest.reset();

    const recovery = this.current;
    if (recovery === null) {
      if (this.sim.now > this.warmup) {
        this.baseline.mergeFrom(this.window[slot]);
        this.baselineCompleted += completed;
        this.baselineSeconds += SAMPLE;
      }
      return;
    }
    // Judge only windows that lie wholly after the end of the disturbance.
    if (this.active > 0 || this.sim.now - WINDOW * SAMPLE < recovery.end) return;
    this.merged.reset();
    let windowCompleted = 0;
    for (let k = 0; k < WINDOW; k++) {
      this.merged.mergeFrom(this.window[k]);
      windowCompleted += this.windowCompleted[k];
    }
    const goodput = windowCompleted / (WINDOW * SAMPLE);
    const p99 = this.merged.count > 0 ? this.merged.percentile(0.99) : Number.POSITIVE_INFINITY;
    const back =
      goodput >= (1 - TOLERANCE) * recovery.baselineGoodput &&
      p99 <= (1 + TOLERANCE) * recovery.baselineP99;
    if (!back) return;
    recovery.recoveredAt = this.sim.now - WINDOW * SAMPLE;
    recovery.seconds = recovery.recoveredAt - recovery.end;
    this.current = null;
    this.baseline.reset();
    this.baselineCompleted = 0;
    this.baselineSeconds = 0;
  }
}
