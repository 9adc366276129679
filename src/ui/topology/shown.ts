/**
 * What an element last showed, so a live update writes to the DOM only the values that
 * changed: fifteen snapshots a second of a mostly steady system cost almost nothing.
 */
export class Shown {
  private readonly values = new Map<string, string>();

  /** Calls `write(value)` unless `key` already shows `value`. */
  put(key: string, value: string, write: (value: string) => void): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    write(value);
  }
}
