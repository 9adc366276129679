/**
 * The summary as CSV, one figure per row (`scope,metric,value,ci95`), so that the results of
 * many runs can be concatenated and loaded by a spreadsheet or a data-frame library unchanged.
 */
import type { Summary } from "../sim/summary";
import { halfWidth } from "./ci95";

export const CSV_HEADER = "scope,metric,value,ci95";

export function summaryToCsv(summary: Summary): string {
  const rows = [CSV_HEADER];
  const { components, ...overall } = summary;
  flatten(overall, "all", "", rows);
  for (const [id, component] of Object.entries(components)) flatten(component, id, "", rows);
  return `${rows.join("\n")}\n`;
}

function flatten(group: object, scope: string, prefix: string, rows: string[]): void {
  for (const [key, value] of Object.entries(group)) {
    if (key === "ci95") continue; // read beside its figures by halfWidth
    const metric = prefix + key;
    if (value !== null && typeof value === "object") {
      flatten(value, scope, `${metric}.`, rows);
    } else if (value !== undefined) {
      // String(x) is the shortest text that reads back as the same double: full precision.
      const ci = typeof value === "number" ? halfWidth(group, key) : undefined;
      rows.push(
        [scope, metric, String(value), ci === undefined ? "" : String(ci)].map(field).join(","),
      );
    }
  }
}

/** RFC 4180 quoting: the scenario name is free text. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
