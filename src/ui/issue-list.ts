/**
 * A scenario's errors as a list, each led by its place in the document (`components[2].workers`)
 * as a button that shows that place in the scenario text. The banner draws it at the top of the
 * page, and the scenario panel beside the text, where the user corrects it.
 */
import type { Selection } from "d3";
import type { Issue } from "../scenario/issues";
import { t } from "./i18n/index";
import { issueMessage, issuePlace } from "./i18n/issue-message";

export function drawIssueList(
  list: Selection<HTMLUListElement, unknown, null, undefined>,
  issues: readonly Issue[],
  onIssue: (issue: Issue) => void,
): void {
  list
    .selectAll<HTMLLIElement, Issue>("li")
    .data(issues)
    .join((enter) => {
      const li = enter.append("li");
      li.append("button")
        .attr("type", "button")
        .attr("class", "issue-path issue-path-button")
        .on("click", (_event, d) => onIssue(d));
      li.append("span").attr("class", "issue-text");
      return li;
    })
    .call((li) =>
      li
        .select(".issue-path")
        .attr("title", t("banner.showPlace"))
        .text((d) => issuePlace(d)),
    )
    .call((li) => li.select(".issue-text").text((d) => `: ${issueMessage(d)}`));
}
