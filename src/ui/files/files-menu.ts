/**
 * The Files control: open a scenario file (or drop one on the page), and save the scenario with
 * its run's seed, the summary as the command line's JSON (with the fingerprint once the run has
 * finished) or CSV, and any chart as SVG or PNG.
 */
import { select } from "d3";
import { plainText } from "../../scenario/text";
import { withFingerprint } from "../../sim/fingerprint";
import type { Summary } from "../../sim/summary";
import { summaryToCsv } from "../../sim/summary-csv";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { label, type MessageKey, t } from "../i18n/index";
import { appendPopover } from "../popover";
import { textWithSeed } from "../share/link-text";
import type { ShareLinks } from "../share/links";
import type { Store } from "../store";
import { chartsIn, standaloneSvg, svgToPng } from "./chart-export";
import { download, downloadText } from "./download";
import { fileStem } from "./file-names";
import { mountTraceImport } from "./import-traces";
import { acceptDroppedFiles, openScenarioFile } from "./open-file";
import { appendTraceExport } from "./trace-export";

export function mountFilesMenu(
  el: HTMLElement,
  store: Store,
  controller: Controller,
  links: ShareLinks,
): void {
  const root = select(el).attr("class", "files-tool popover-host");
  const popover = appendPopover(root, {
    id: "files-panel",
    className: "files-panel",
    text: "files.button",
    title: "files.button.title",
    testId: "files",
    panelLabel: "files.panel",
    onOpen: () => refresh(),
  });
  const { panel, close } = popover;

  const picker = panel
    .append("input")
    .attr("type", "file")
    .attr("accept", ".json,application/json")
    .attr("hidden", "")
    .attr("data-testid", "open-file")
    .on("change", () => {
      const input = picker.node() as HTMLInputElement;
      const file = input.files?.[0];
      input.value = "";
      if (file === undefined) return;
      close();
      void openScenarioFile(file, store, controller);
    });
  const open = panel.append("div").attr("class", "files-row");
  appendButton(open, {
    text: "files.open",
    onClick: () => (picker.node() as HTMLInputElement).click(),
  });
  label(open.append("span").attr("class", "files-hint").node()!, "files.dropHint");
  mountTraceImport(panel, store, controller);

  const save = panel.append("div").attr("class", "files-row");
  label(save.append("span").attr("class", "label").node()!, "files.save");
  const action = (text: MessageKey, testId: string, onClick: () => void) =>
    appendButton(save, { text, testId, onClick });
  const stem = () => {
    const name = store.state.scenario?.name;
    return fileStem(name === undefined ? "" : plainText(name));
  };
  const scenarioButton = action("files.scenarioJson", "save-scenario", () => {
    const text = links.currentText();
    if (text !== null)
      downloadText(`${stem()}.json`, textWithSeed(text, links.seed), "application/json");
  });
  const summaryOut = (): Summary | null => {
    const { summary, finished } = store.state;
    return summary === null ? null : finished ? withFingerprint(summary) : summary;
  };
  const summaryJson = action("files.summaryJson", "save-summary-json", () => {
    const summary = summaryOut();
    if (summary !== null) {
      downloadText(
        `${stem()}-summary.json`,
        `${JSON.stringify(summary, null, 2)}\n`,
        "application/json",
      );
    }
  });
  const summaryCsv = action("files.summaryCsv", "save-summary-csv", () => {
    const summary = summaryOut();
    if (summary !== null) downloadText(`${stem()}-summary.csv`, summaryToCsv(summary), "text/csv");
  });

  appendTraceExport(save, store, controller, stem);

  const charts = panel.append("div").attr("class", "files-row");
  label(
    charts.append("label").attr("class", "label").attr("for", "files-chart").node()!,
    "files.chart",
  );
  const chartPicker = charts
    .append("select")
    .attr("id", "files-chart")
    .attr("class", "field")
    .attr("data-testid", "chart-picker");
  const chartButton = (key: "files.svg" | "files.png", testId: string, png: boolean) =>
    appendButton(charts, {
      text: key,
      testId,
      onClick: async () => {
        const index = Number(chartPicker.property("value"));
        const chart = chartsIn(document)[index];
        if (chart === undefined) return;
        const svg = standaloneSvg(chart);
        // A title in Chinese leaves no Latin letters: the chart's number keeps names apart.
        const name = `${stem()}-${fileStem(chart.title, `chart-${index + 1}`)}`;
        if (png) download(`${name}.png`, await svgToPng(svg));
        else downloadText(`${name}.svg`, svg.text, "image/svg+xml");
      },
    });
  const svgButton = chartButton("files.svg", "save-chart-svg", false);
  const pngButton = chartButton("files.png", "save-chart-png", true);

  const refresh = () => {
    const state = store.state;
    scenarioButton.property("disabled", links.currentText() === null);
    const noSummary = state.summary === null;
    for (const b of [summaryJson, summaryCsv]) {
      b.property("disabled", noSummary).attr("title", noSummary ? t("files.noSummary") : null);
    }
    const list = chartsIn(document);
    chartPicker
      .selectAll("option")
      .data(list)
      .join("option")
      .attr("value", (_d, i) => String(i))
      .text((d) => d.title);
    svgButton.property("disabled", list.length === 0);
    pngButton.property("disabled", list.length === 0);
  };
  // The summary arrives after the warm-up: the buttons follow while the panel is open.
  let hadSummary = false;
  store.subscribe((state) => {
    if ((state.summary !== null) === hadSummary) return;
    hadSummary = state.summary !== null;
    if (popover.isOpen) refresh();
  });

  const overlay = select(document.body)
    .append("div")
    .attr("class", "drop-overlay")
    .attr("data-testid", "drop-overlay")
    .property("hidden", true);
  label(overlay.append("p").node()!, "files.drop");
  acceptDroppedFiles(store, controller, overlay.node()!);
}
