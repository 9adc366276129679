/**
 * Why the sweep did not run or did not finish, and what its curves may be read wrongly for, in
 * the page's language. Kept in the state as data and worded here, when shown, so a change of
 * language rewords it, as the comparison's problems are (src/ui/compare/table-problem.ts); the
 * sweep core's own text and a worker's message stay that text. Pure: tested in Node.
 */
import type { Issue } from "../../scenario/issues";
import { t } from "../i18n/index";
import { issueMessage, issuePlace } from "../i18n/issue-message";
import type { SweepProblem, SweepWarning } from "./state";

export function sweepProblemText(problem: SweepProblem): string {
  switch (problem.kind) {
    case "scenario":
      return t("sweep.error.scenario");
    case "replications":
      return t("sweep.error.replications", { most: problem.most });
    case "core":
      return problem.text;
    case "value":
      return t("sweep.error.value", {
        param: problem.param,
        // As the command line writes it, without grouping: 1000, not 1,000.
        value: String(problem.value),
        issue: issueText(problem.issue),
      });
    case "field":
      // Framed as the core's other path messages are, by the command line's name for the field.
      return `--param ${problem.param}: ${issueText(problem.issue)}`;
    case "batch":
      return problem.reason || t("banner.unknownError");
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
