/**
 * The arrowheads the drawing's lines end in: a filled one for calls, an open one for an
 * autoscaler's control link. A marker's id is page-wide, so each drawing numbers its own.
 */
import type { Selection } from "d3";

let defined = 0;

export interface ArrowIds {
  call: string;
  control: string;
}

/** Adds both arrowheads to `defs` and returns their ids, for `marker-end`. */
export function defineArrowheads(
  defs: Selection<SVGDefsElement, unknown, null, undefined>,
): ArrowIds {
  const ids = { call: `topology-arrow-${++defined}`, control: `topology-control-arrow-${defined}` };
  defs
    .append("marker")
    .attr("id", ids.control)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 9)
    .attr("markerHeight", 9)
    .attr("markerUnits", "userSpaceOnUse")
    .attr("orient", "auto")
    .append("path")
    .attr("class", "control-arrow")
    .attr("d", "M1,1L9,5L1,9");
  defs
    .append("marker")
    .attr("id", ids.call)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("markerUnits", "userSpaceOnUse")
    .attr("orient", "auto")
    .append("path")
    .attr("class", "edge-arrow")
    .attr("d", "M0,0L10,5L0,10z");
  return ids;
}
