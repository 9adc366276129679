/**
 * The scenario as the user can read and change it: its description and lesson as text, and its
 * JSON in a text area with a Load button. A scenario that does not load keeps its text here (and
 * in storage, through the controller), its errors listed just above it; picking one selects the
 * place it names, and a Load that is refused picks the first.
 */
import { select } from "d3";
import type { Issue } from "../scenario/issues";
import { localize, type Text } from "../scenario/text";
import type { Scenario } from "../scenario/types";
import { appendButton } from "./button";
import type { Controller } from "./controller";
import { label, t } from "./i18n/index";
import { issueMessage, issuePlace } from "./i18n/issue-message";
import { drawIssueList } from "./issue-list";
import { locateIssue } from "./issue-location";
import { issuesHeading } from "./messages";
import { loadAndPlay } from "./presets";
import type { Stopped } from "./stopped";
import type { Store, ViewState } from "./store";

export interface ScenarioPanel {
  /** Opens the editor and selects the place an issue names. */
  reveal(issue: Issue): void;
  /** The text typed here and not loaded yet, or null: kept in its variant on a switch. */
  unloadedText(): string | null;
}

export function mountScenarioPanel(
  el: HTMLElement,
  store: Store,
  controller: Controller,
): ScenarioPanel {
  const root = select(el);
  label(root.append("h2").attr("class", "panel-title").node()!, "scenario.title");
  const about = root.append("div").attr("class", "scenario-about");
  const description = about.append("p").attr("data-testid", "scenario-description");
  const lesson = about.append("div").attr("class", "lesson").attr("data-testid", "lesson");
  label(lesson.append("h3").node()!, "scenario.tryThis");
  const goal = lesson.append("p");
  const tries = lesson.append("ul");
  const question = lesson.append("p");

  const editor = root.append("details").attr("class", "scenario-panel").property("open", true);
  label(editor.append("summary").node()!, "scenario.json");
  // The errors of the text that did not load, just above it: the banner's are screens away.
  const errors = editor
    .append("div")
    .attr("class", "message scenario-errors")
    .attr("data-kind", "issues")
    .attr("data-testid", "editor-errors")
    .property("hidden", true);
  const errorsBody = errors.append("div").attr("class", "message-body");
  const errorsTitle = errorsBody.append("p").attr("class", "message-title");
  const errorList = errorsBody.append("ul").attr("class", "issue-list");
  const textArea = editor
    .append("textarea")
    .attr("class", "scenario-text")
    .attr("data-testid", "scenario-text")
    .attr("spellcheck", "false")
    .attr("autocomplete", "off")
    .attr("wrap", "off");
  label(textArea.node()!, "scenario.json", undefined, "aria-label");
  const actions = editor.append("div").attr("class", "scenario-actions");
  const load = appendButton(actions, {
    text: "scenario.load",
    title: "scenario.load.title",
    testId: "load-scenario",
    primary: true,
  });
  const revert = appendButton(actions, { text: "scenario.revert", title: "scenario.revert.title" });
  const status = actions.append("span").attr("class", "label").attr("data-testid", "editor-state");
  const warnings = editor.append("ul").attr("class", "issue-list label");

  const textarea = textArea.node()!;
  let shownText: string | null = null;

  const describeEdit = () => {
    const edited = textarea.value !== store.state.scenarioText;
    // Text kept by the editor without loading it has its errors in the draft.
    const count = store.state.issues.length + (store.state.draft?.errors.length ?? 0);
    const invalid = count > 0 && !edited;
    textArea.attr("aria-invalid", invalid ? "true" : null);
    status.text(
      edited
        ? t("scenario.edited")
        : invalid
          ? t("scenario.invalid")
          : store.state.scenario === null
            ? ""
            : t("scenario.loaded"),
    );
    revert.property("disabled", !edited);
  };

  const reveal = (issue: Issue) => {
    editor.property("open", true);
    const span = locateIssue(textarea.value, issue);
    textarea.focus();
    if (span !== null) {
      textarea.setSelectionRange(span.start, span.end);
      // Bring the selection into view: put the caret's line near the top of the text area.
      const line = textarea.value.slice(0, span.start).split("\n").length - 1;
      const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
      textarea.scrollTop = Math.max(0, (line - 2) * lineHeight);
    }
    // Then the page: the text area in sight, and the errors just above it.
    textarea.scrollIntoView({ block: "nearest" });
    if (!errors.property("hidden")) errors.node()!.scrollIntoView({ block: "nearest" });
  };

  let shownErrors: readonly Issue[] | undefined;
  let shownHeading: string | undefined;
  const drawErrors = (state: ViewState) => {
    const heading = issuesHeading(state);
    if (state.issues === shownErrors && heading === shownHeading) return;
    shownErrors = state.issues;
    shownHeading = heading;
    errors.property("hidden", state.issues.length === 0);
    errorsTitle.text(heading);
    drawIssueList(errorList, state.issues, reveal);
  };

  const submit = async () => {
    const before = store.state.issues;
    if (await loadAndPlay(controller, textarea.value)) return;
    // Refused: show the first error where the user is, caret on it. (A worker that failed
    // leaves the issues as they were: those are not this text's.)
    const { issues } = store.state;
    if (issues === before || issues.length === 0) return;
    drawErrors(store.state);
    reveal(issues[0]);
  };
  load.on("click", () => void submit());
  revert.on("click", () => {
    textarea.value = store.state.scenarioText;
    describeEdit();
  });
  textArea.on("input", describeEdit).on("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  });

  let shownScenario: Scenario | null | undefined;
  let shownLocale: string | undefined;
  let shownWarnings: Issue[] | undefined;
  let shownIssues: Issue[] | undefined;
  let shownError: Stopped | null | undefined;
  let describedLocale: string | undefined;
  // Called for every snapshot (30 a second): each part is redrawn only when its input changes.
  store.subscribe((state) => {
    const textChanged = state.scenarioText !== shownText;
    if (textChanged) {
      shownText = state.scenarioText;
      textarea.value = state.scenarioText;
    }
    const s = state.scenario;
    if (s !== shownScenario || state.locale !== shownLocale) {
      shownScenario = s;
      shownLocale = state.locale;
      const text = (value: Text | undefined) =>
        value === undefined ? "" : localize(value, state.locale);
      description.property("hidden", !text(s?.description)).text(text(s?.description));
      const l = s?.lesson;
      lesson.property("hidden", l === undefined);
      goal.text(text(l?.goal));
      tries
        .selectAll("li")
        .data(l?.try ?? [])
        .join("li")
        .text((d) => text(d.text));
      question.property("hidden", !text(l?.question.text)).text(text(l?.question.text));
    }
    const relocalized = state.locale !== describedLocale;
    describedLocale = state.locale;
    if (state.warnings !== shownWarnings || relocalized) {
      shownWarnings = state.warnings;
      warnings
        .selectAll("li")
        .data(state.warnings)
        .join("li")
        .text((d) => t("scenario.warning", { place: issuePlace(d), message: issueMessage(d) }));
    }
    drawErrors(state);
    if (textChanged || state.issues !== shownIssues || state.error !== shownError || relocalized) {
      shownIssues = state.issues;
      shownError = state.error;
      if (state.issues.length > 0 || state.error !== null) editor.property("open", true);
      describeEdit();
    }
  });

  return {
    unloadedText: () => (textarea.value !== store.state.scenarioText ? textarea.value : null),
    reveal,
  };
}
