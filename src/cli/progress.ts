/**
 * A long run's progress on a terminal: one line on stderr, rewritten in place, so that a run of
 * minutes does not look hung. Nothing for the first second, which most runs finish within, then
 * at most four updates a second; the line is wiped when the run ends.
 */
const DELAY_MS = 1000;
const EVERY_MS = 250;

export interface ProgressOptions {
  /** Simulated seconds of each run. */
  duration: number;
  /** Runs (replications) in all. */
  runs: number;
  /** Milliseconds; performance.now() by default. */
  clock?: () => number;
}

export class ProgressLine {
  private readonly clock: () => number;
  private readonly started: number;
  private shownAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: (s: string) => void,
    private readonly options: ProgressOptions,
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.started = this.clock();
  }

  /** Run `run` (from 0) has reached simulated time `now`. */
  update(run: number, now: number): void {
    const t = this.clock();
    if (t - this.started < DELAY_MS || t - this.shownAt < EVERY_MS) return;
    this.shownAt = t;
    const { duration, runs } = this.options;
    const done = (run + now / duration) / runs;
    const which = runs > 1 ? `run ${run + 1} of ${runs}, ` : "";
    this.write(
      `\r\x1b[Karchsim: ${which}simulated ${seconds(now)} of ${seconds(duration)} s (${Math.floor(done * 100)}% done)`,
    );
  }

  /** Wipes the line, if one was shown. */
  end(): void {
    if (this.shownAt > Number.NEGATIVE_INFINITY) this.write("\r\x1b[K");
  }
}

function seconds(s: number): string {
  return s >= 100 ? s.toFixed(0) : s.toPrecision(3);
}
