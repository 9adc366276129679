/**
 * A component's live figures read out of a probe row by field name (see src/sim/probe-fields.ts):
 * the time, the global fields, then PROBE_FIELDS for each component in layout order, then the
 * calls per second of each edge.
 */

import type { ProbeLayout } from "../../sim/probe";
import {
  GLOBAL_FIELDS,
  PROBE_FIELD_COUNT,
  PROBE_FIELDS,
  type ProbeField,
} from "../../sim/probe-fields";

/** One number per probe field; NaN where the field does not apply (a client's utilisation). */
export type Figures = Record<ProbeField, number>;

const COMPONENTS_START = 1 + GLOBAL_FIELDS.length;

/** Where each component's figures start in a row, by component id. */
export function componentOffsets(layout: ProbeLayout): Map<string, number> {
  return new Map(layout.components.map((id, i) => [id, COMPONENTS_START + i * PROBE_FIELD_COUNT]));
}

/** Where the calls per second of `layout.edges[edge]` sit in a row. */
export function edgeOffset(layout: ProbeLayout, edge: number): number {
  return COMPONENTS_START + layout.components.length * PROBE_FIELD_COUNT + edge;
}

/** Every field of the component whose figures start at `offset`. */
export function readFigures(row: Float64Array, offset: number): Figures {
  const out = {} as Figures;
  PROBE_FIELDS.forEach((field, i) => {
    out[field] = row[offset + i];
  });
  return out;
}

/** The figures of component `id` in `row`, or null when there is no row yet or no such component. */
export function figuresOf(
  layout: ProbeLayout | null,
  row: Float64Array | null,
  id: string,
): Figures | null {
  if (layout === null || row === null || row.length < layout.rowLength) return null;
  const i = layout.components.indexOf(id);
  return i < 0 ? null : readFigures(row, COMPONENTS_START + i * PROBE_FIELD_COUNT);
}
