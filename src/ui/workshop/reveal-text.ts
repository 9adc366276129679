/**
 * The reveal's words that are not a figure, in the page's language: which runs the figures come
 * from, and why they could not be worked out. Worded when shown, so a change of language
 * rewords them; a seed and a worker's message stay as given. Pure: tested in Node.
 */
import { t } from "../i18n/index";
import { issueMessage, issuePlace } from "../i18n/issue-message";
import type { Figures, RevealProblem } from "./reveal";

export function wholeRunsText({ before, after }: Figures): string {
  if (before.seed === after.seed && before.duration === after.duration) {
    return t("workshop.wholeRuns", { duration: before.duration, seed: before.seed });
  }
  // A change may set the seed or the duration: then each run is named.
  return t("workshop.wholeRunsEach", {
    beforeDuration: before.duration,
    beforeSeed: before.seed,
    afterDuration: after.duration,
    afterSeed: after.seed,
  });
}

export function revealProblemText(problem: RevealProblem): string {
  const reason =
    problem.kind === "batch"
      ? problem.reason
      : `${issuePlace(problem.issue)}: ${issueMessage(problem.issue)}`;
  return t("workshop.revealFailed", { reason });
}
