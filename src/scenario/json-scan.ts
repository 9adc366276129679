/**
 * Where a JSON text stops being JSON (RFC 8259): the offset of the first character that cannot
 * continue it, or of its end when it ends too early. JSON.parse says why but, in Node 20, not
 * always where ("Unexpected token '\n', "…" is not valid JSON"); this says where in every
 * engine, and as a line and column. Iterative, with an explicit stack, so a deeply nested text
 * cannot overflow the call stack.
 */

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in a string, so the pattern must name them.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

export interface JsonPlace {
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

/** The line and column of a character offset, lines ending at \n (a \r before it is part of the line). */
export function placeOf(text: string, offset: number): JsonPlace {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The offset of the first error, or undefined for valid JSON. */
export function jsonErrorAt(text: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** Open containers: "{" or "[". */
  const stack: string[] = [];
  // What is expected next: a value, a key (or "}" right after "{"), or a "," / closer.
  let expect: "value" | "firstValue" | "key" | "firstKey" | "after" = "value";
  for (;;) {
    skip();
    if (expect === "value" || expect === "firstValue") {
      if (expect === "firstValue" && text[i] === "]") {
        stack.pop();
        i++;
        expect = "after";
      } else if (text[i] === "{" || text[i] === "[") {
        stack.push(text[i]);
        expect = text[i++] === "{" ? "firstKey" : "firstValue";
      } else if (text[i] === '"' ? match(STRING) : match(NUMBER) || match(LITERAL)) {
        expect = "after";
      } else {
        return badAt(text, i);
      }
    } else if (expect === "key" || expect === "firstKey") {
      if (expect === "firstKey" && text[i] === "}") {
        stack.pop();
        i++;
        expect = "after";
        continue;
      }
      if (text[i] !== '"' || !match(STRING)) return badAt(text, i);
      skip();
      if (text[i] !== ":") return i;
      i++;
      expect = "value";
    } else {
      const open = stack.at(-1);
      if (open === undefined) return i === text.length ? undefined : i;
      if (text[i] === ",") {
        i++;
        expect = open === "{" ? "key" : "value";
      } else if (text[i] === (open === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/** Inside a string that goes wrong, the character where it does; else `i`. */
function badAt(text: string, i: number): number {
  if (text[i] !== '"') return i;
  let j = i + 1;
  while (j < text.length && text[j] !== '"' && text.charCodeAt(j) >= 0x20) {
    j += text[j] === "\\" ? 2 : 1;
  }
  // An unterminated string, a raw control character or a bad escape.
  if (j < text.length && text[j] !== '"') return j;
  for (let k = i + 1; k < j; k++) {
    if (text[k] === "\\") {
      if (!/["\\/bfnrtu]/.test(text[k + 1] ?? "")) return k;
      k++;
    }
  }
  return Math.min(j, text.length);
}
