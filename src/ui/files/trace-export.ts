/**
 * Files → Traces (OTLP JSON): the run's sample of requests, as `archsim run --traces` writes
 * it for the same scenario and seed once the run has ended (the page samples 500 requests).
 */
import type { Selection } from "d3";
import packageJson from "../../../package.json";
import { toOtlp } from "../../trace-export/otlp";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { t } from "../i18n/index";
import type { Store } from "../store";
import { finishedRequests } from "../waterfall/layout";
import { downloadText } from "./download";

export function appendTraceExport(
  row: Selection<HTMLDivElement, unknown, null, undefined>,
  store: Store,
  controller: Controller,
  stem: () => string,
): void {
  appendButton(row, {
    text: "traces.export",
    title: "traces.export.title",
    testId: "save-traces",
    onClick: async () => {
      const sample = await controller.traces();
      if (sample === null || finishedRequests(sample).length === 0) {
        store.update({ notice: t("traces.none") });
        return;
      }
      const text = `${JSON.stringify(toOtlp(sample, { version: packageJson.version }))}\n`;
      downloadText(`${stem()}-traces.json`, text, "application/json");
    },
  });
}
