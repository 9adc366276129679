/**
 * Why the paired comparison did not run or did not finish, in the page's language. Kept in the
 * state as data and worded here, when shown, so a change of language rewords it; a failure the
 * browser only gave as text (a worker's message) stays that text inside the worded frame. Pure:
 * tested in Node.
 */
import { t } from "../i18n/index";
import { invalidVariantText } from "./invalid-variant";
import type { ComparisonTable, TableError } from "./state";

/** Null unless the last comparison failed. */
export function tableProblemText(table: ComparisonTable): string | null {
  if (table.status !== "failed" || table.error === null) return null;
  return t("compare.table.failed", { reason: tableErrorText(table.error) });
}

function tableErrorText(error: TableError): string {
  switch (error.kind) {
    case "invalid":
      return invalidVariantText(error);
    case "replications":
      return t("compare.table.badCount");
    case "batch":
      return error.reason;
  }
}
