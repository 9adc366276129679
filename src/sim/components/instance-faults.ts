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
