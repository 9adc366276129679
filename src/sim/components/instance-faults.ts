/** The kinds of fault that act on an instance (a partition acts between components). */
export type FaultKind = "crash" | "slow" | "errors";

/**
 * The injected faults in force on each instance of a component. Faults may overlap: crashes
 * nest (an instance is up when no crash is in force), slowdowns multiply, and error rates
 * combine as independent failures, 1 - Π(1 - p).
 */
export class InstanceFaults {
  readonly slowFactor: Float64Array;
  private readonly crashes: Int32Array;
  /** Error faults in force, kept as values so that each can end without disturbing the others. */
  private readonly errorRates: number[][];
  private readonly combinedError: Float64Array;

  constructor(instances: number) {
    this.slowFactor = new Float64Array(instances).fill(1);
    this.crashes = new Int32Array(instances);
    this.errorRates = Array.from({ length: instances }, () => []);
    this.combinedError = new Float64Array(instances);
  }

  /**
   * A fault of `kind` begins (`on`) or ends on `instance`. Returns whether the instance went
   * down or came back, which is when its owner has work to do (drop what it held, refill).
   */
  apply(kind: FaultKind, instance: number, value: number, on: boolean): boolean {
    if (kind === "slow") this.slow(instance, value, on);
    else if (kind === "errors") this.errors(instance, value, on);
    else {
      const wasUp = this.isUp(instance);
      this.crash(instance, on);
      return wasUp !== this.isUp(instance);
    }
    return false;
  }

  isUp(instance: number): boolean {
    return this.crashes[instance] === 0;
  }

  errorRate(instance: number): number {
    return this.combinedError[instance];
  }

  crash(instance: number, on: boolean): void {
    this.crashes[instance] += on ? 1 : -1;
  }

  slow(instance: number, factor: number, on: boolean): void {
    this.slowFactor[instance] = on
      ? this.slowFactor[instance] * factor
      : this.slowFactor[instance] / factor;
  }

  errors(instance: number, rate: number, on: boolean): void {
    const rates = this.errorRates[instance];
    if (on) rates.push(rate);
    else rates.splice(rates.indexOf(rate), 1);
    let survive = 1;
    for (const p of rates) survive *= 1 - p;
    this.combinedError[instance] = 1 - survive;
  }
}
