/**
 * Where an issue of the validator is written in the scenario text, so the editor can select it:
 * read from the text itself, because a path (or a parser's message) is all an issue carries.
 */
import type { Issue } from "../scenario/issues";

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

/**
 * Where an issue points in the text: the value its path names, or for a syntax error an empty
 * span (a caret) where the parser stopped, which is where the missing comma or quote goes.
 */
export function locateIssue(text: string, issue: Issue): Span | null {
  if (issue.code === "notJson") {
    const at = syntaxErrorAt(text, issue.message);
    if (at !== null) return { start: at, end: at };
  }
  return locatePath(text, issue.path);
}

/**
 * Where the parser stopped, from its message: Chromium's "at position 14", Firefox's "at line
 * 2 column 5", or the end for Chromium's "Unexpected end of JSON input"; null when the message
 * does not say (Safari's). The parser never saw a leading byte-order mark (scenarioJson drops
 * it), so its count starts after one.
 */
function syntaxErrorAt(text: string, message: string): number | null {
  const from = text.startsWith("\uFEFF") ? 1 : 0;
  const position = /at position (\d+)/.exec(message);
  if (position !== null) return Math.min(from + Number(position[1]), text.length);
  const lineColumn = /at line (\d+) column (\d+)/.exec(message);
  if (lineColumn !== null) {
    let at = from;
    for (let line = 1; line < Number(lineColumn[1]); line++) {
      const next = text.indexOf("\n", at);
      if (next < 0) return text.length;
      at = next + 1;
    }
    return Math.min(at + Number(lineColumn[2]) - 1, text.length);
  }
  return /end of JSON input/.test(message) ? text.length : null;
}
