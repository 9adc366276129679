/**
 * The banner for a share link that was refused: why, in the page's language, and that nothing
 * of it was loaded. It stays until dismissed or until a link opens, unlike a notice: someone
 * who followed a link must have time to read why it did not open.
 */
import { select } from "d3";
import { appendButton } from "../button";
import { label, t } from "../i18n/index";
import { issueMessage, issuePlace } from "../i18n/issue-message";
import type { Store } from "../store";
import type { AddressProblem } from "./address";

/** Errors of an invalid linked scenario listed in the banner; the rest are counted only. */
const LISTED_ISSUES = 5;

export type ShowProblem = (problem: AddressProblem | null) => void;

export function mountLinkMessage(el: HTMLElement, store: Store): ShowProblem {
  const root = select(el).attr("class", "messages share-message").property("hidden", true);
  const message = root
    .append("div")
    .attr("class", "message")
    .attr("data-kind", "issues")
    .attr("role", "alert")
    .attr("data-testid", "link-problem");
  const body = message.append("div").attr("class", "message-body");
  label(body.append("p").attr("class", "message-title").node()!, "share.problem.title");
  const reason = body.append("p").attr("data-testid", "link-problem-reason");
  const issues = body.append("ul").attr("class", "issue-list");
  label(body.append("p").node()!, "share.problem.kept");
  appendButton(message, { text: "share.dismiss", onClick: () => show(null) });

  let shown: AddressProblem | null = null;
  const render = () => {
    root.property("hidden", shown === null);
    if (shown === null) return;
    reason.text(reasonText(shown));
    // Issue texts come from the validator; paths and values from the link are set as text only.
    issues
      .selectAll("li")
      .data(shown.reason === "invalid-scenario" ? shown.issues.slice(0, LISTED_ISSUES) : [])
      .join("li")
      .text((issue) => `${issuePlace(issue)}: ${issueMessage(issue)}`);
  };
  const show: ShowProblem = (problem) => {
    shown = problem;
    render();
  };
  let locale = store.state.locale;
  store.subscribe((state) => {
    if (state.locale === locale) return;
    locale = state.locale;
    render();
  });
  return show;
}

function reasonText(problem: AddressProblem): string {
  switch (problem.reason) {
    case "newer-version":
      return t("share.problem.newer-version", { version: String(problem.version) });
    case "too-large":
      return t("share.problem.too-large", { limit: problem.limitBytes });
    case "not-a-scenario":
      return t("share.problem.not-a-scenario", { detail: problem.detail });
    case "invalid-scenario":
      return t("share.problem.invalid-scenario", { count: problem.issues.length });
    case "unknown-preset":
      return t("share.problem.unknown-preset", { id: shortened(problem.id) });
    default:
      return t(`share.problem.${problem.reason}`);
  }
}

/** A link's text shown whole up to this many characters: a hostile one may be any length. */
const SHOWN_ID_CHARS = 60;

function shortened(id: string): string {
  return id.length > SHOWN_ID_CHARS ? `${id.slice(0, SHOWN_ID_CHARS)}…` : id;
}
