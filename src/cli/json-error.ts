/**
 * A JSON syntax error as editors and compilers report one: `file:line:column`, the reason, then
 * the offending line with a caret under the column, so the user goes straight to the mistake
 * instead of counting characters to "position 50".
 */

import { jsonErrorAt, placeOf } from "../scenario/json-scan";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds, to keep them off the terminal.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Characters shown on each side of the column when the line is longer than a terminal. */
const CONTEXT = 60;

/**
 * JSON.parse's reason without what the place and the shown line replace: V8's "in JSON at
 * position N (line L column C)" or its quote of the text (`, "{…" is not valid JSON`), control
 * characters written as escapes so the message stays one line.
 */
function plainReason(reason: string): string {
  return reason
    .replace(/\s*(in JSON )?at position \d+[\s\S]*$/, "")
    .replace(/, "[\s\S]*" is not valid JSON$/, "")
    .replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1));
}

/**
 * `file:4:17: not valid JSON: Expected double-quoted property name`, the line and a caret; or
 * undefined if the text is valid JSON after all (a reason from something other than syntax).
 */
export function jsonSyntaxError(file: string, text: string, reason: string): string | undefined {
  const offset = jsonErrorAt(text);
  if (offset === undefined) return undefined;
  const { line, column } = placeOf(text, offset);
  const lineStart = offset - (column - 1);
  const lineEnd = text.indexOf("\n", lineStart);
  const whole = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "");
  // A minified document is one long line: show the part around the column.
  const from = Math.max(0, column - 1 - CONTEXT);
  const to = Math.min(whole.length, column - 1 + CONTEXT);
  const before = from > 0 ? "…" : "";
  const after = to < whole.length ? "…" : "";
  // One character per character, so the caret stays under the column: tabs and other control
  // characters become spaces.
  const shown = before + whole.slice(from, to).replace(CONTROL, " ") + after;
  const gutter = String(line);
  const caret = " ".repeat(before.length + column - 1 - from);
  return [
    `${file}:${line}:${column}: not valid JSON: ${plainReason(reason)}`,
    ` ${gutter} | ${shown}`,
    ` ${" ".repeat(gutter.length)} | ${caret}^`,
  ].join("\n");
}
