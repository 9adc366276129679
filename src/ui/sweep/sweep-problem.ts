/**
 * Why the sweep did not run or did not finish, and what its curves may be read wrongly for, in
 * the page's language. Kept in the state as data and worded here, when shown, so a change of
 * language rewords it, as the comparison's problems are (src/ui/compare/table-problem.ts); a
 * worker's message stays that text. In English each says what the command line says. Pure:
 * tested in Node.
 */
import type { Issue } from "../../scenario/issues";
import { kindOf, SLO_METRICS } from "../../sim/slo/metrics";
import type { SloProblem } from "../../sim/slo/parse";
import type { PathProblem } from "../../sim/sweep/path";
import { SCALE_FIELD } from "../../sim/sweep/scale";
import type { ValuesProblem } from "../../sim/sweep/values";
import { t } from "../i18n/index";
import { issueMessage, issuePlace } from "../i18n/issue-message";
import type { SweepProblem, SweepWarning } from "./state";

export function sweepProblemText(problem: SweepProblem): string {
  switch (problem.kind) {
    case "scenario":
      return t("sweep.error.scenario");
    case "replications":
      return t("sweep.error.replications", { most: problem.most });
    case "values":
      return valuesText(problem.problem);
    case "slo":
      return sloText(problem.problem);
    case "path":
      return problem.problem.kind === "syntax"
        ? t("sweep.error.path.syntax", { param: problem.problem.param })
        : // Framed as the command line frames it, by its name for the field, as "field" below.
          `--param ${problem.param}: ${pathText(problem.problem)}`;
    case "noValues":
      return t("sweep.error.noValues");
    case "value":
      return t("sweep.error.value", {
        param: problem.param,
        // As the command line writes it, without grouping: 1000, not 1,000.
        value: String(problem.value),
        issue: issueText(problem.issue),
      });
    case "field": {
      const at = problem.issue.path;
      return problem.suggestion === undefined
        ? t("sweep.error.field", { param: problem.param, at })
        : t("sweep.error.fieldMeant", { param: problem.param, at, suggestion: problem.suggestion });
    }
    case "batch":
      return problem.reason || t("banner.unknownError");
  }
}

// Numbers below are passed as text, as the command line writes them, without grouping: 5000,
// not 5,000.

function valuesText(problem: ValuesProblem): string {
  const { text } = problem;
  switch (problem.kind) {
    case "range":
      return t("sweep.error.values.range", { text });
    case "step":
      return t("sweep.error.values.step", {
        text,
        from: String(problem.from),
        to: String(problem.to),
      });
    case "list":
      return t("sweep.error.values.list", { text });
    case "tooMany":
      return t("sweep.error.values.tooMany", {
        text,
        count: String(problem.count),
        most: String(problem.most),
      });
  }
}

function sloText(problem: SloProblem): string {
  const { text } = problem;
  switch (problem.kind) {
    case "form":
      return t("sweep.error.slo.form", { text });
    case "metric":
      return t("sweep.error.slo.metric", {
        text,
        name: problem.name,
        metrics: SLO_METRICS.join(", "),
      });
    case "unit":
      return t("sweep.error.slo.unit", {
        text,
        metric: problem.metric,
        unit: problem.unit,
        units: t(`sweep.error.slo.units.${kindOf(problem.metric)}`),
      });
    case "limit":
      return t("sweep.error.slo.limit", { text });
  }
}

/** A path that does not fit the document, after its `--param <path>: `. */
function pathText(problem: Exclude<PathProblem, { kind: "syntax" }>): string {
  const place = (at: string) => at || t("sweep.error.path.document");
  switch (problem.kind) {
    case "noElement":
      return t("sweep.error.path.noElement", {
        at: place(problem.at),
        index: String(problem.index),
      });
    case "noComponent":
      return t("sweep.error.path.noComponent", { id: problem.id });
    case "missing":
      return t("sweep.error.path.missing", { at: problem.at });
    case "notObject":
      return t("sweep.error.path.notObject", { at: place(problem.at) });
    case "notNumber":
      return t("sweep.error.path.notNumber", { at: problem.at, found: problem.found });
    case "notOpen": {
      const scaled = `${problem.at}.${SCALE_FIELD}`;
      return problem.found === null
        ? t("sweep.error.path.notOpenNone", { at: problem.at, scaled })
        : t("sweep.error.path.notOpen", { at: problem.at, scaled, found: problem.found });
    }
  }
}

/** The issue at its place, as the main page words it. */
function issueText(issue: Issue): string {
  return `${issuePlace(issue)}: ${issueMessage(issue)}`;
}

export function sweepWarningText(warning: SweepWarning): string {
  switch (warning.kind) {
    case "scheduledRate":
      return t("sweep.warning.scheduledRate", {
        client: warning.client,
        from: warning.from,
        // As the picker names the parameter to choose instead.
        scale: t("sweep.parameterName", {
          component: warning.client,
          field: t("sweep.field.scale"),
        }),
      });
  }
}
