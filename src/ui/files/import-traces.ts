/**
 * Files → Import traces: reads an OpenTelemetry trace file (OTLP/JSON or Jaeger JSON) piece by
 * piece with a progress bar, so a large file neither sits whole in memory nor freezes the tab
 * between pieces, loads the inferred scenario into the editor and runs it, and shows the
 * importer's report (what it inferred, what it assumed, what it could not read) in the panel.
 * Report texts are the traces' service names, so they are set as text only.
 */
import "./import-traces.css";
import type { Selection } from "d3";
import { finishImport, type Imported } from "../../import/import-traces";
import { problemText, reportText } from "../../import/messages";
import { TraceReader } from "../../import/reader";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { label, type MessageKey, t } from "../i18n/index";
import type { Locale } from "../i18n/locale";
import { loadAndPlay } from "../presets";
import type { Store } from "../store";

export function mountTraceImport(
  panel: Selection<HTMLDivElement, unknown, null, undefined>,
  store: Store,
  controller: Controller,
): void {
  const row = panel.append("div").attr("class", "files-row");
  const picker = row
    .append("input")
    .attr("type", "file")
    .attr("accept", ".json,.jsonl,.ndjson,application/json")
    .attr("hidden", "")
    .attr("data-testid", "import-traces-file")
    .on("change", () => {
      const input = picker.node() as HTMLInputElement;
      const file = input.files?.[0];
      input.value = "";
      if (file !== undefined) void importFile(file);
    });
  appendButton(row, {
    text: "traces.import",
    title: "traces.import.title",
    testId: "import-traces",
    onClick: () => (picker.node() as HTMLInputElement).click(),
  });
  const progress = row
    .append("progress")
    .attr("class", "import-progress")
    .attr("max", 1)
    .property("hidden", true);
  const report = panel
    .append("section")
    .attr("class", "import-report")
    .attr("data-testid", "import-report")
    .attr("aria-live", "polite")
    .property("hidden", true);

  let last: { imported: Imported; name: string } | undefined;
  let shownLocale: Locale | undefined;
  store.subscribe((s) => {
    if (last !== undefined && s.locale !== shownLocale) render(last.imported, last.name, s.locale);
  });

  async function importFile(file: File): Promise<void> {
    const reader = new TraceReader();
    progress.property("hidden", false).property("value", 0);
    progress.attr("aria-label", t("traces.reading", { name: file.name, percent: 0 }));
    try {
      const chunks = file.stream().pipeThrough(new TextDecoderStream()).getReader();
      let read = 0;
      for (;;) {
        const { done, value } = await chunks.read();
        if (done) break;
        reader.push(value);
        read += value.length;
        const share = file.size > 0 ? Math.min(1, read / file.size) : 1;
        progress.property("value", share);
        progress.attr(
          "aria-label",
          t("traces.reading", { name: file.name, percent: Math.floor(share * 100) }),
        );
      }
      reader.end();
    } catch (e) {
      progress.property("hidden", true);
      const reason = e instanceof Error ? e.message : String(e);
      store.update({ notice: t("traces.unreadable", { name: file.name, reason }) });
      return;
    }
    progress.property("hidden", true);
    const name = file.name.replace(/\.[^.]*$/, "") || file.name;
    const imported = finishImport(reader, name);
    last = { imported, name: file.name };
    render(imported, file.name, store.state.locale);
    if (imported.invalid.length > 0) {
      store.update({
        notice: t("traces.invalid", { name: file.name, reason: imported.invalid.join("; ") }),
      });
      return;
    }
    if (imported.scenario === undefined) {
      store.update({ notice: t("traces.nothing", { name: file.name }) });
      return;
    }
    if (await loadAndPlay(controller, `${JSON.stringify(imported.scenario, null, 2)}\n`))
      store.update({ notice: t("traces.loaded", { name: file.name }) });
  }

  function render(imported: Imported, name: string, locale: Locale): void {
    shownLocale = locale;
    report.property("hidden", false).selectAll("*").remove();
    label(report.append("h3").attr("class", "import-report-heading").node()!, "traces.report");
    report.append("p").attr("class", "import-report-file").text(name);
    const list = report.append("ul").attr("class", "import-report-list");
    const item = (level: string, text: string) => {
      const li = list.append("li").attr("class", `import-${level}`);
      label(
        li.append("span").attr("class", "import-level").node()!,
        `traces.level.${level}` as MessageKey,
      );
      li.append("span").text(` ${text}`);
    };
    for (const p of imported.problems) item("error", problemText(p, locale));
    if (imported.problemCount > imported.problems.length)
      item("error", t("traces.more", { count: imported.problemCount - imported.problems.length }));
    for (const r of imported.report) item(r.level, reportText(r, locale));
  }
}
