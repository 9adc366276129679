/**
 * A bad value as an error message shows it: JSON-like, quoted when a string, and cut at about
 * 40 characters. Unlike JSON.stringify it never throws (bigint, cycles, symbols) and never walks
 * more of a huge value than it prints.
 */

const LIMIT = 40;
const DEPTH = 3;

export function show(value: unknown): string {
  const text = write(value, DEPTH, LIMIT + 1);
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
}

/** Writes `value` until about `budget` characters are out; the caller cuts the rest. */
function write(value: unknown, depth: number, budget: number): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > budget ? value.slice(0, budget) : value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "symbol":
      return value.toString();
    case "function":
      return "a function";
  }
  if (value === null) return "null";
  const isArray = Array.isArray(value);
  if (depth === 0) return isArray ? "[…]" : "{…}";
  let text = isArray ? "[" : "{";
  if (isArray) {
    for (let i = 0; i < value.length && text.length <= budget; i++) {
      const item: unknown = value[i];
      text += `${i > 0 ? "," : ""}${item === undefined ? "null" : write(item, depth - 1, budget - text.length)}`;
    }
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    for (const key of Object.keys(record)) {
      if (text.length > budget) break;
      const name = JSON.stringify(key.length > budget ? key.slice(0, budget) : key);
      text += `${first ? "" : ","}${name}:${write(record[key], depth - 1, budget - text.length)}`;
      first = false;
    }
  }
  return text + (isArray ? "]" : "}");
}
