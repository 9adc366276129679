/**
 * "Fit from samples…" under a Dist field: paste a column of durations (or drop a file on the
 * box), pick the unit and the criterion, and see every family's fit, the quantiles of the data
 * against the chosen one (a table and a plot), and a button that puts the fitted Dist in the
 * field. The numbers are src/fit's, the same as `archsim fit`. What was pasted stays in the box
 * whatever happens.
 */
import "./fit-panel.css";
import { type Criterion, type FitResult, fitSamples, quantileName } from "../../fit/fit";
import { readColumn, type Unit } from "../../fit/samples";
import type { Dist } from "../../scenario/types";
import { label, t } from "../i18n/index";
import { formatSeconds } from "../topology/format";
import { formatDist } from "./config";
import { qqPlot } from "./fit-plot";
import { el } from "./form-parts";

const UNITS: readonly Unit[] = ["ms", "s", "us"];
const CRITERIA: readonly Criterion[] = ["ks", "aic"];

let nextId = 0;

interface Kept {
  open: boolean;
  text: string;
  unit: string;
  criterion: string;
  fitted: boolean;
}

/**
 * What was pasted and chosen, by field: the form is rebuilt on every edit and language switch,
 * and a pasted column must outlive that.
 */
const kept = new Map<string, Kept>();

/** `field` names the Dist field (its printed path), so its box keeps its text across rebuilds. */
export function fitPanel(parent: HTMLElement, field: string, use: (dist: Dist) => void): void {
  const state = kept.get(field) ?? {
    open: false,
    text: "",
    unit: "ms",
    criterion: "ks",
    fitted: false,
  };
  kept.set(field, state);
  const details = el(parent, "details", "form-fit");
  details.open = state.open;
  details.addEventListener("toggle", () => {
    state.open = details.open;
  });
  label(el(details, "summary"), "fit.summary");
  const id = `fit-samples-${nextId++}`;
  const boxLabel = el(details, "label", "form-fit-label");
  boxLabel.htmlFor = id;
  label(boxLabel, "fit.samples");
  const box = el(details, "textarea", "field form-fit-samples");
  box.id = id;
  box.rows = 4;
  box.spellcheck = false;
  box.dataset.testid = "fit-samples";
  box.value = state.text;
  box.addEventListener("input", () => {
    state.text = box.value;
  });
  box.addEventListener("dragover", (event) => {
    event.preventDefault();
    event.stopPropagation();
  });
  box.addEventListener("drop", (event) => {
    // The page opens a dropped file as a scenario; a file dropped here is samples instead.
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer?.files[0];
    if (file !== undefined)
      void file.text().then((text) => {
        box.value = text;
        state.text = text;
      });
  });
  const options = el(details, "div", "form-fit-options");
  const unit = choice(options, "fit.unit", UNITS, (u) => u.replace("us", "µs"));
  const criterion = choice(options, "fit.criterion", CRITERIA, (c) => t(`fit.criterion.${c}`));
  const run = el(options, "button", "button");
  run.type = "button";
  run.dataset.testid = "fit-run";
  label(run, "fit.run");
  const out = el(details, "div", "form-fit-result");
  out.setAttribute("aria-live", "polite");

  unit.value = state.unit;
  criterion.value = state.criterion;
  const fitNow = () => {
    state.unit = unit.value;
    state.criterion = criterion.value;
    state.fitted = true;
    out.replaceChildren();
    const column = readColumn(box.value, 1, unit.value as Unit);
    const fit = fitSamples(column.values, criterion.value as Criterion);
    if (column.skipped > 0)
      el(out, "p", "form-note").textContent = t("fit.skipped", {
        count: column.skipped,
        line: column.problems[0]?.line ?? 0,
      });
    if (fit === undefined) {
      el(out, "p", "form-error").textContent = t("fit.empty");
      return;
    }
    show(out, fit, Float64Array.from(column.values).sort(), use);
  };
  run.addEventListener("click", fitNow);
  if (state.fitted) fitNow();
}

function choice<T extends string>(
  parent: HTMLElement,
  key: "fit.unit" | "fit.criterion",
  values: readonly T[],
  text: (v: T) => string,
): HTMLSelectElement {
  const wrap = el(parent, "label", "form-param");
  label(el(wrap, "span"), key);
  const select = el(wrap, "select", "field");
  for (const v of values) {
    const o = el(select, "option");
    o.value = v;
    o.textContent = text(v);
  }
  return select;
}

function show(
  out: HTMLElement,
  fit: FitResult,
  sorted: Float64Array,
  use: (d: Dist) => void,
): void {
  el(out, "p").textContent = t("fit.result", {
    n: fit.n,
    mean: formatSeconds(fit.mean),
    family: t(`editor.dist.${fit.best.fitted.family}`),
  });
  const candidates = el(out, "table", "form-fit-table");
  const head = el(el(candidates, "thead"), "tr");
  for (const k of ["fit.family", "fit.parameters", "fit.ks", "fit.aic"] as const)
    label(el(head, "th"), k);
  const body = el(candidates, "tbody");
  for (const c of fit.candidates) {
    const tr = el(body, "tr", c === fit.best ? "form-fit-best" : undefined);
    el(tr, "td").textContent = t(`editor.dist.${c.fitted.family}`);
    el(tr, "td").textContent = formatDist(c.fitted.dist);
    el(tr, "td").textContent = c.ks.toFixed(3);
    el(tr, "td").textContent = Number.isFinite(c.aic) ? c.aic.toFixed(1) : "–";
  }
  const quantiles = el(out, "table", "form-fit-table");
  const qHead = el(el(quantiles, "thead"), "tr");
  for (const k of ["fit.quantile", "fit.data", "fit.fitted"] as const) label(el(qHead, "th"), k);
  const qBody = el(quantiles, "tbody");
  for (const q of fit.quantiles) {
    const tr = el(qBody, "tr");
    el(tr, "td").textContent = quantileName(q.p);
    el(tr, "td").textContent = formatSeconds(q.data);
    el(tr, "td").textContent = formatSeconds(q.fit);
  }
  qqPlot(out, fit, sorted);
  const apply = el(out, "button", "button primary");
  apply.type = "button";
  apply.dataset.testid = "fit-use";
  label(apply, "fit.use");
  apply.addEventListener("click", () => use(fit.best.fitted.dist));
}
