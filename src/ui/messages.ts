/**
 * The page's banner: what went wrong, in words, where the user looks. A failure of the worker or
 * the engine (`state.error`) and a scenario that did not load (`state.issues`, each at its path)
 * stay until the next successful load; a notice (a refused what-if, say) floats over the page
 * for a few seconds.
 * The scenario text is never touched here: the controller keeps it in the state and in storage.
 */
import { select } from "d3";
import type { Issue } from "../scenario/issues";
import { appendButton } from "./button";
import { label, t } from "./i18n/index";
import type { Locale } from "./i18n/locale";
import { drawIssueList } from "./issue-list";
import { type Stopped, stoppedText } from "./stopped";
import type { Store, ViewState } from "./store";

export const NOTICE_MS = 5000;

export interface MessageOptions {
  /** Called when the user picks an issue, to show its place in the scenario text. */
  onIssue?: (issue: Issue) => void;
}

/** The heading of the issues banner: how many errors, and what became of the scenario before. */
export function issuesTitle(count: number, previous: "running" | "loaded" | "none"): string {
  const errors = count === 1 ? t("banner.errors.one") : t("banner.errors.many", { count });
  const rest =
    previous === "none"
      ? ""
      : t(previous === "running" ? "banner.previous.running" : "banner.previous.loaded");
  return t("banner.notLoaded", { errors, rest });
}

/** That heading for the page's state: its errors, and whether a scenario runs on meanwhile. */
export function issuesHeading(state: Pick<ViewState, "issues" | "scenario" | "running">): string {
  const previous = state.scenario === null ? "none" : state.running ? "running" : "loaded";
  return issuesTitle(state.issues.length, previous);
}

export function mountMessages(el: HTMLElement, store: Store, options: MessageOptions = {}): void {
  const root = select(el).attr("class", "messages").attr("aria-live", "polite");

  const error = root
    .append("div")
    .attr("class", "message")
    .attr("data-kind", "error")
    .attr("role", "alert")
    .attr("data-testid", "error-message")
    .property("hidden", true);
  const errorBody = error.append("div").attr("class", "message-body");
  label(errorBody.append("p").attr("class", "message-title").node()!, "banner.stopped");
  const errorText = errorBody.append("p");
  label(errorBody.append("p").node()!, "banner.textKept");
  appendButton(error, {
    text: "banner.reload",
    testId: "reload",
    onClick: () => location.reload(),
  });

  const issues = root
    .append("div")
    .attr("class", "message")
    .attr("data-kind", "issues")
    .attr("role", "alert")
    .attr("data-testid", "issues-message")
    .property("hidden", true);
  const issuesBody = issues.append("div").attr("class", "message-body");
  const issuesTitleEl = issuesBody.append("p").attr("class", "message-title");
  const issueList = issuesBody.append("ul").attr("class", "issue-list");
  label(issuesBody.append("p").node()!, "banner.correctIt");

  // A notice floats over the foot of the window rather than taking a line in the page: it goes
  // by itself, and the page would then move up under the pointer. A connecting drag on the
  // canvas, begun as a notice went, ended on no card.
  const notice = select(document.body)
    .append("div")
    .attr("class", "message message--toast")
    .attr("data-kind", "notice")
    .attr("role", "status")
    .attr("data-testid", "notice-message")
    .property("hidden", true);
  const noticeText = notice.append("div").attr("class", "message-body").append("p");

  let shownError: Stopped | null = null;
  let shownErrorLocale: Locale | null = null;
  let shownTitle = "";
  let shownIssues: Issue[] | null = null;
  let shownLocale: Locale | null = null;
  let shownNotice: string | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  // Called for every snapshot (15 a second): each part is redrawn only when it changes.
  store.subscribe((state) => {
    if (state.error !== shownError || (state.error !== null && state.locale !== shownErrorLocale)) {
      shownError = state.error;
      shownErrorLocale = state.locale;
      error.property("hidden", state.error === null);
      errorText.text(state.error === null ? "" : stoppedText(state.error));
    }

    const title = issuesHeading(state);
    if (title !== shownTitle) {
      shownTitle = title;
      issuesTitleEl.text(title);
    }
    if (state.issues !== shownIssues || state.locale !== shownLocale) {
      shownIssues = state.issues;
      shownLocale = state.locale;
      issues.property("hidden", state.issues.length === 0);
      drawIssueList(issueList, state.issues, (issue) => options.onIssue?.(issue));
    }

    if (state.notice !== shownNotice) {
      shownNotice = state.notice;
      clearTimeout(noticeTimer);
      notice.property("hidden", state.notice === null);
      noticeText.text(state.notice ?? "");
      if (state.notice !== null) {
        noticeTimer = setTimeout(() => {
          if (store.state.notice === shownNotice) store.update({ notice: null });
        }, NOTICE_MS);
      }
    }
    const empty = state.error === null && state.issues.length === 0;
    if (root.property("hidden") !== empty) root.property("hidden", empty);
  });
}
