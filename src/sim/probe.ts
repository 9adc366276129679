import type { Model } from "./build";
import { LatencyHistogram } from "./metrics/histogram";
import { OUTCOME_COUNT } from "./outcome";
import { GLOBAL_FIELDS, PROBE_FIELD_COUNT } from "./probe-fields";

export interface Edge {
  from: string;
  to: string;
}

/** Where each figure sits in a probe row (see probe-fields.ts). */
export interface ProbeLayout {
  components: string[];
  edges: Edge[];
  rowLength: number;
}

/**
 * Reads a running model interval by interval for the live view: one row of numbers per read,
 * with rates over the interval since the previous read. It holds running totals only, so the
 * memory of a run stays flat however long it lasts; history is the reader's to keep.
 */
export class Probe {
  readonly layout: ProbeLayout;
  private readonly latency = new LatencyHistogram();
  private readonly edgeIndex: Int32Array;
  private readonly edgeCalls: Float64Array;
  private time = 0;
  private offered = 0;
  private retries = 0;
  private readonly outcomes = new Float64Array(OUTCOME_COUNT);

  constructor(private readonly model: Model) {
    const { sim } = model;
    const ids = sim.components.map((c) => c.id);
    const n = ids.length;
    const edges: Edge[] = [];
    const index: number[] = [];
    for (let from = 0; from < n; from++) {
      for (const to of model.callees[from]) {
        edges.push({ from: ids[from], to: ids[to] });
        index.push(from * n + to);
      }
    }
    this.edgeIndex = Int32Array.from(index);
    this.edgeCalls = new Float64Array(edges.length);
    this.layout = {
      components: ids,
      edges,
      rowLength: 1 + GLOBAL_FIELDS.length + n * PROBE_FIELD_COUNT + edges.length,
    };
    for (const client of model.clients) client.latencyTaps.push(this.latency);
  }

  /** Writes the row for the interval ending now into `out` at `offset`. */
  read(out: Float64Array, offset = 0): void {
    const { sim, clients } = this.model;
    const now = sim.now;
    const dt = now - this.time;
    const perSecond = dt > 0 ? 1 / dt : 0;
    let offered = 0;
    let retries = 0;
    const outcomes = new Float64Array(OUTCOME_COUNT);
    for (const c of clients) {
      offered += c.lifetime.generated;
      retries += c.lifetime.retries;
      for (let k = 0; k < OUTCOME_COUNT; k++) outcomes[k] += c.lifetime.outcomes[k];
    }
    let o = offset;
    out[o++] = now;
    out[o++] = (offered - this.offered) * perSecond;
    for (let k = 0; k < OUTCOME_COUNT; k++) out[o++] = (outcomes[k] - this.outcomes[k]) * perSecond;
    out[o++] = (retries - this.retries) * perSecond;
    const h = this.latency;
    const any = h.count > 0;
    out[o++] = any ? h.mean : Number.NaN;
    out[o++] = any ? h.percentile(0.5) : Number.NaN;
    out[o++] = any ? h.percentile(0.95) : Number.NaN;
    out[o++] = any ? h.percentile(0.99) : Number.NaN;
    let answered = 0;
    for (let k = 0; k < OUTCOME_COUNT; k++) answered += outcomes[k];
    out[o++] = offered - answered;
    for (const c of sim.components) {
      out.fill(Number.NaN, o, o + PROBE_FIELD_COUNT);
      c.probe(now, out, o);
      o += PROBE_FIELD_COUNT;
    }
    for (let e = 0; e < this.edgeIndex.length; e++) {
      const calls = sim.calls[this.edgeIndex[e]];
      out[o++] = (calls - this.edgeCalls[e]) * perSecond;
      this.edgeCalls[e] = calls;
    }
    h.reset();
    this.time = now;
    this.offered = offered;
    this.retries = retries;
    this.outcomes.set(outcomes);
  }
}
