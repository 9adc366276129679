/**
 * The probe rows of a run kept for the charts, in constant memory however long the run: at most
 * `capacity` rows; when full, neighbouring pairs are averaged into one (rates and percentiles
 * of two equal intervals average to the pair's) and the row width doubles, so the whole run
 * stays visible at a coarser grain. Storage is columnar, one Float64Array per field, the
 * `[xs, ys…]` shape charts draw from.
 */
export class History {
  private columns: Float64Array[];
  private used = 0;
  /** How many probe rows each stored row stands for (1, 2, 4, ...). */
  private span = 1;
  /** Rows received but not yet merged into a full stored row (when span > 1). */
  private pending: Float64Array;
  private pendingCount = 0;

  constructor(
    readonly rowLength: number,
    readonly capacity = 2048,
  ) {
    this.columns = Array.from({ length: rowLength }, () => new Float64Array(capacity));
    this.pending = new Float64Array(rowLength);
  }

  get length(): number {
    return this.used;
  }

  /** Column `index` of the stored rows (index 0 is time), a view of `length` values. */
  column(index: number): Float64Array {
    return this.columns[index].subarray(0, this.used);
  }

  /** Appends rows given back to back, `rowLength` numbers each. */
  append(rows: Float64Array): void {
    const n = this.rowLength;
    for (let r = 0; r + n <= rows.length; r += n) this.appendRow(rows, r);
  }

  private appendRow(rows: Float64Array, offset: number): void {
    const n = this.rowLength;
    if (this.pendingCount === 0 && this.used === this.capacity) this.halve();
    for (let c = 1; c < n; c++) this.pending[c] += rows[offset + c];
    this.pendingCount++;
    if (this.pendingCount < this.span) return;
    // A stored row's time is the end of its last interval, like a probe row's.
    const target = this.used++;
    this.columns[0][target] = rows[offset];
    for (let c = 1; c < n; c++) this.columns[c][target] = this.pending[c] / this.span;
    this.pending.fill(0);
    this.pendingCount = 0;
  }

  private halve(): void {
    const pairs = Math.floor(this.used / 2);
    // Time is the end of the pair's second interval; every other field is the pair's mean.
    const time = this.columns[0];
    for (let i = 0; i < pairs; i++) time[i] = time[2 * i + 1];
    for (let c = 1; c < this.rowLength; c++) {
      const col = this.columns[c];
      for (let i = 0; i < pairs; i++) col[i] = (col[2 * i] + col[2 * i + 1]) / 2;
    }
    this.used = pairs;
    this.span *= 2;
  }
}
