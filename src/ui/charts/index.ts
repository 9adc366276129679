/**
 * The charts of a run: small multiples over one simulated-time axis, then the latency
 * histogram. `mountCharts` subscribes to the store (at most one notification per animation
 * frame), skips frames where nothing it draws has changed, and redraws each chart in place.
 */
import "./charts.css";
import type { Scenario } from "../../scenario/types";
import type { Marker } from "../../worker/protocol";
import { componentNames } from "../component-names";
import type { Controller } from "../controller";
import type { Store, ViewState } from "../store";
import { faultSpans, namedMarkers, type Span } from "./chart-data";
import { HistogramChart } from "./histogram-chart";
import { Scratch, timePanels } from "./panels";
import { TimeChart, type TimeChartHooks } from "./time-chart";

export function mountCharts(el: HTMLElement, store: Store, controller: Controller): void {
  const root = document.createElement("div");
  root.className = "archsim-charts";
  const timeCharts = document.createElement("div");
  timeCharts.className = "chart-stack";
  root.append(timeCharts);
  el.append(root);
  const histogram = new HistogramChart(root);
  const charts = new Map<string, TimeChart>();
  const scratch = new Scratch();
  let hovered: number | null = null;

  const hooks: TimeChartHooks = {
    onHover(t, source) {
      hovered = t;
      for (const chart of charts.values()) chart.hover(t, chart === source);
    },
    onSelect: (component) => controller.select(component),
    onToggleLog: () => store.update({ logScale: !store.state.logScale }),
  };

  // Kept from the ResizeObserver: reading clientWidth each frame would force a layout.
  let width = root.clientWidth || 640;
  let drawn: unknown[] = [];
  // The components' names, the fault spans and the what-ifs' markers in the page's language,
  // rebuilt only when the scenario, the markers or the language change.
  let namesOf: Scenario | null = null;
  let namesLocale = store.state.locale;
  let names = componentNames(null, namesLocale);
  let spans: Span[] = [];
  let markersOf: ViewState["markers"] | null = null;
  let markers: Marker[] = [];
  let histogramDrawn: unknown[] = [];
  const render = (state: ViewState): void => {
    // The history is appended in place: a new `latest` row is what says it has grown.
    const inputs = [
      state.history,
      state.latest,
      state.layout,
      state.scenario,
      state.markers,
      state.selected,
      state.logScale,
      state.largeType,
      state.duration,
      state.histogram,
      state.summary,
      state.locale,
      width,
    ];
    if (inputs.every((v, i) => v === drawn[i])) return;
    drawn = inputs;
    root.classList.toggle("large", state.largeType);

    const renamed = state.scenario !== namesOf || state.locale !== namesLocale;
    if (renamed) {
      namesOf = state.scenario;
      namesLocale = state.locale;
      names = componentNames(namesOf, namesLocale);
      spans = faultSpans(namesOf, names);
    }
    if (renamed || state.markers !== markersOf) {
      markersOf = state.markers;
      markers = namedMarkers(state.markers, names);
    }
    const panels = timePanels(state, scratch, names);
    const keys = new Set(panels.map((p) => p.key));
    for (const [key, chart] of charts) {
      if (keys.has(key)) continue;
      chart.remove();
      charts.delete(key);
    }
    const xs = state.history.column(0);
    panels.forEach((panel, i) => {
      let chart = charts.get(panel.key);
      if (chart === undefined) {
        chart = new TimeChart(timeCharts, hooks);
        chart.root.dataset.panel = panel.key;
        charts.set(panel.key, chart);
        chart.hover(hovered, false);
      }
      // Moved only when out of place: moving the element under the cursor would end its hover.
      const here = timeCharts.children[i];
      if (here !== chart.root) timeCharts.insertBefore(chart.root, here ?? null);
      chart.render({
        panel,
        xs,
        duration: state.duration > 0 ? state.duration : (state.scenario?.duration ?? 0),
        markers,
        spans,
        width,
        large: state.largeType,
      });
    });
    const histogramInputs = [state.histogram, state.summary, width, state.largeType, state.locale];
    if (histogramInputs.some((v, i) => v !== histogramDrawn[i])) {
      histogramDrawn = histogramInputs;
      histogram.render({
        histogram: state.histogram,
        summary: state.summary,
        width,
        large: state.largeType,
      });
    }
  };

  store.subscribe((state) => render(state));
  new ResizeObserver((entries) => {
    const seen = entries[entries.length - 1].contentRect.width;
    if (seen <= 0 || seen === width) return;
    width = seen;
    render(store.state);
  }).observe(root);
}
