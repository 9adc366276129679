/**
 * A component's name set on a card's lines, as a browser would wrap it in a box of the card's
 * width: a line ends after a space (dropped), between two Chinese characters, or after the
 * hyphen inside a word ("sign-ups"), never inside a Latin word unless the word alone is wider
 * than the line. Chinese punctuation keeps to its characters: a closing "）" or "，" never starts a
 * line, an opening "（" never ends one. A number keeps its unit ("300 s", "150 ms"), as SI style
 * asks, and a no-break space is never a break. What does not fit ends in an ellipsis.
 */
import { isWide } from "./format";

/** The width of a text, in the units of the line's width (the card measures drawn pixels). */
export type Measure = (text: string) => number;

export const ELLIPSIS = "…";

/** Closing punctuation: never at the start of a line (the Chinese rule of kinsoku). */
const NO_START = /[)\]}!,.:;?%、。，．：；！？）］｝〉》」』】〕〗〙〛”’・ー々〜]/;
/** Opening punctuation: never at the end of a line. */
const NO_END = /[([{（［｛〈《「『【〔〖〘〚“‘]/;
const LETTER = /\p{L}/u;
/** White space where a line may end: any but the no-break spaces. */
const SPACE = /[^\S\u00a0\u202f]/;
const SPACES = /[^\S\u00a0\u202f]+/g;
/** A unit after a number: one to three Latin letters ("s", "ms", "GB"), then no more letters. */
const UNIT = /^[A-Za-zµ]{1,3}(?!\p{L})/u;

/** Whether the space before `chars[i]` separates a number from its unit. */
function unitFollows(chars: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && SPACE.test(chars[j])) j--;
  return /\d/.test(chars[j]) && UNIT.test(chars.slice(i, i + 4).join(""));
}

/** Whether a line may end between `chars[i - 1]` and `chars[i]`. */
function breaksBefore(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1];
  const after = chars[i];
  if (SPACE.test(after)) return false;
  if (SPACE.test(before)) return !unitFollows(chars, i);
  if (NO_START.test(after) || NO_END.test(before)) return false;
  if (isWide(before) || isWide(after)) return true;
  return before === "-" && i >= 2 && LETTER.test(chars[i - 2]) && LETTER.test(after);
}

/** The name cut where lines may end, each piece with the spaces that follow it. */
function pieces(chars: readonly string[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < chars.length; i++) {
    if (!breaksBefore(chars, i)) continue;
    out.push(chars.slice(start, i).join(""));
    start = i;
  }
  if (chars.length > 0) out.push(chars.slice(start).join(""));
  return out;
}

/** The longest start of `text` (whole characters) that `fits`, at least one character. */
function longestFit(text: string, fits: (head: string) => boolean): string {
  const chars = [...text];
  let n = 1;
  while (n < chars.length && fits(chars.slice(0, n + 1).join(""))) n++;
  return chars.slice(0, n).join("");
}

/**
 * A word wider than a whole line, cut after as many characters as fit (at least one, and one
 * left over): `head` is what the line takes, `shown` the same with a hyphen when the cut falls
 * between two Latin letters, so the reader sees that the word goes on.
 */
function cutWord(word: string, fits: (line: string) => boolean): { head: string; shown: string } {
  const chars = [...word];
  const shown = (n: number): string => {
    const head = chars.slice(0, n).join("");
    const a = chars[n - 1];
    const b = chars[n];
    const inWord = LETTER.test(a) && LETTER.test(b) && !isWide(a) && !isWide(b);
    return inWord ? `${head}-` : head;
  };
  let n = 1;
  while (n < chars.length - 1 && fits(shown(n + 1))) n++;
  return { head: chars.slice(0, n).join(""), shown: shown(n) };
}

interface Filled {
  lines: string[];
  /** Where each line starts in the text, to cut the last one from there. */
  starts: number[];
  /** Whether a word had to be cut. */
  cut: boolean;
}

/** `text` on as many lines no wider than `room` as it takes, each filled as far as it goes. */
function fill(text: string, room: number, measure: Measure): Filled {
  const fits = (line: string): boolean => measure(line.trimEnd()) <= room;
  const out: Filled = { lines: [], starts: [], cut: false };
  let line = "";
  let at = 0;
  const push = (shown: string, length: number): void => {
    out.lines.push(shown.trimEnd());
    out.starts.push(at - length);
    line = "";
  };
  for (let piece of pieces([...text])) {
    if (line !== "" && !fits(line + piece)) push(line, line.length);
    while (line === "" && !fits(piece) && [...piece.trimEnd()].length > 1) {
      const { head, shown } = cutWord(piece, fits);
      out.cut = true;
      at += head.length;
      piece = piece.slice(head.length);
      push(shown, head.length);
    }
    line += piece;
    at += piece.length;
  }
  if (line !== "" || out.lines.length === 0) push(line, line.length);
  return out;
}

/** Punctuation that ends a phrase: a good place for a line to end. */
const PHRASE_END = /[,:;，、：；。！？]/;

/**
 * How good a place to end the first of two lines the boundary before `next` (after `previous`)
 * is: 0 before a bracket opens ("Gunicorn 1" / "(8 cores)"), 1 after a space or a phrase's
 * punctuation, 2 anywhere else a line may end (between two Chinese characters, after a hyphen).
 */
function breakRank(previous: string, next: string): number {
  if (NO_END.test(next[0])) return 0;
  const last = previous.at(-1) ?? "";
  return SPACE.test(last) || PHRASE_END.test(last) ? 1 : 2;
}

/**
 * The two lines of `text` that read best: of the places the first line may end with both lines
 * in `room`, the best kind (breakRank), and of those the one with the narrower longer line, as
 * CSS's `text-wrap: balance` sets a heading. Null when no such place exists.
 */
function twoLines(text: string, room: number, measure: Measure): string[] | null {
  const parts = pieces([...text]);
  let best: { rank: number; width: number; lines: string[] } | null = null;
  for (let i = 1; i < parts.length; i++) {
    const lines = [parts.slice(0, i).join("").trimEnd(), parts.slice(i).join("").trimEnd()];
    const width = Math.max(measure(lines[0]), measure(lines[1]));
    if (width > room) continue;
    const rank = breakRank(parts[i - 1], parts[i]);
    if (best === null || rank < best.rank || (rank === best.rank && width < best.width)) {
      best = { rank, width, lines };
    }
  }
  return best?.lines ?? null;
}

/**
 * The lines `name` takes, at most `maxLines`, each no wider than `room` by `measure`. A name
 * that fits one line is one line. One that takes two ends its first line at the best place
 * (twoLines): before a bracket, else at a space or a phrase's punctuation, else between
 * characters, with the two lines as even as may be, so the second is not a lone word or
 * character ("负载均衡器" / "（粘滞）", not "负载均衡器（粘" / "滞）"). A word wider than a line
 * alone starts a line of its own and is cut there; text beyond the last line is cut with an
 * ellipsis, each line then filled as far as it goes.
 */
export function wrapName(name: string, room: number, measure: Measure, maxLines = 2): string[] {
  const limit = LINE_CHARACTERS * maxLines;
  const longer = name.length > limit;
  const text = (longer ? shortened(name, limit) : name).replace(SPACES, " ").trim();
  const greedy = fill(text, room, measure);
  const n = greedy.lines.length;
  if (n > maxLines || longer) {
    const lastLine = Math.min(n, maxLines) - 1;
    const rest = text.slice(greedy.starts[lastLine]);
    const last = longestFit(rest, (head) => measure(head.trimEnd() + ELLIPSIS) <= room);
    return [...greedy.lines.slice(0, lastLine), last.trimEnd() + ELLIPSIS];
  }
  if (n !== 2 || greedy.cut) return greedy.lines;
  return twoLines(text, room, measure) ?? greedy.lines;
}

/**
 * More characters than a card's line ever holds (its column is under 200 px wide, and the
 * narrowest letter over 2 px). What lies beyond maxLines of them is never shown, so it is cut off
 * before anything is measured: the wrapping measures its text over and over, and a label of
 * 100,000 characters took the tab over a minute.
 */
const LINE_CHARACTERS = 100;

/** The first `length` UTF-16 units of `text`, without a pair cut in half at the end. */
function shortened(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
