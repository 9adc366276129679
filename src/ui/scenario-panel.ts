/**
 * The scenario as the user can read and change it: its description and lesson as text, and its
 * JSON in a text area with a Load button. A scenario that does not load keeps its text here (and
 * in storage, through the controller); picking one of its issues selects the place it names.
 */
import { select } from "d3";
import type { Issue } from "../scenario/issues";
import { localize, type Text } from "../scenario/text";
import type { Scenario } from "../scenario/types";
import { appendButton } from "./button";
import type { Controller } from "./controller";
import { label, t } from "./i18n/index";
import { issueMessage, issuePlace } from "./i18n/issue-message";
import { loadAndPlay } from "./presets";
import type { Stopped } from "./stopped";
import type { Store } from "./store";

export interface Span {
  start: number;
  end: number;
}

type Segment = string | number;

/** `components[2].service["a b"]` → ["components", 2, "service", "a b"]; null if unreadable. */
export function pathSegments(path: string): Segment[] | null {
  const segments: Segment[] = [];
  const token = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const m = token.exec(path);
    if (m === null) return null;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]) as string);
    at = token.lastIndex;
  }
  return segments;
}

/**
 * Where the value at `path` is written in JSON `text`; the deepest enclosing value when the
 * path names something absent (a missing field); null when the text is not JSON that far.
 * A hand scan rather than JSON.parse, because only the text knows where things are.
 */
export function locatePath(text: string, path: string): Span | null {
  const want = pathSegments(path);
  if (want === null) return null;
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError();
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (c: string) => {
    space();
    if (text[i] !== c) fail();
    i++;
  };
  const string = (): string => {
    const start = i;
    if (text[i] !== '"') fail();
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skip = () => {
    space();
    if (text[i] === '"') string();
    else if (text[i] === "{" || text[i] === "[") {
      let depth = 0;
      do {
        if (text[i] === '"') {
          string();
          continue;
        }
        if (text[i] === "{" || text[i] === "[") depth++;
        else if (text[i] === "}" || text[i] === "]") depth--;
        i++;
      } while (depth > 0 && i < text.length);
      if (depth > 0) fail();
    } else {
      const start = i;
      while (i < text.length && !",}] \t\n\r".includes(text[i])) i++;
      if (i === start) fail();
    }
  };
  // Finds the value at want[depth..] from here, or the span of this value if it goes no deeper.
  const find = (depth: number): Span => {
    space();
    const start = i;
    const here = (): Span => {
      i = start;
      skip();
      return { start, end: i };
    };
    if (depth === want.length) return here();
    const key = want[depth];
    const open = text[i];
    if ((open === "{" && typeof key === "string") || (open === "[" && typeof key === "number")) {
      i++;
      space();
      const close = open === "{" ? "}" : "]";
      for (let index = 0; text[i] !== close; index++) {
        if (index > 0) expect(",");
        space();
        let name: Segment = index;
        if (open === "{") {
          name = string();
          expect(":");
        }
        if (name === key) return find(depth + 1);
        skip();
        space();
        if (i >= text.length) fail();
      }
    }
    return here();
  };
  try {
    return find(0);
  } catch {
    return null;
  }
}

/** Where an issue points in the text: its path, or for a syntax error the position it names. */
export function locateIssue(text: string, issue: Issue): Span | null {
  const position = /at position (\d+)/.exec(issue.message);
  if (issue.path === "" && position !== null) {
    const at = Math.min(Number(position[1]), text.length);
    return { start: at, end: Math.min(at + 1, text.length) };
  }
  return locatePath(text, issue.path);
}

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
    const errors = store.state.issues.length + (store.state.draft?.errors.length ?? 0);
    const invalid = errors > 0 && !edited;
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

  const submit = () => void loadAndPlay(controller, textarea.value);
  load.on("click", submit);
  revert.on("click", () => {
    textarea.value = store.state.scenarioText;
    describeEdit();
  });
  textArea.on("input", describeEdit).on("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
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
    if (textChanged || state.issues !== shownIssues || state.error !== shownError || relocalized) {
      shownIssues = state.issues;
      shownError = state.error;
      if (state.issues.length > 0 || state.error !== null) editor.property("open", true);
      describeEdit();
    }
  });

  return {
    unloadedText: () => (textarea.value !== store.state.scenarioText ? textarea.value : null),
    reveal(issue) {
      editor.property("open", true);
      const span = locateIssue(textarea.value, issue);
      textarea.focus();
      if (span === null) return;
      textarea.setSelectionRange(span.start, span.end);
      // Bring the selection into view: put the caret's line near the top of the text area.
      const line = textarea.value.slice(0, span.start).split("\n").length - 1;
      const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
      textarea.scrollTop = Math.max(0, (line - 2) * lineHeight);
      textarea.scrollIntoView({ block: "nearest" });
    },
  };
}
