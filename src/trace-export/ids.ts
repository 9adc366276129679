/**
 * Trace and span ids derived from the seed and the request's number, so that the same run
 * exports the same bytes: hex strings as OTLP/JSON writes them (16 bytes for a trace, 8 for a
 * span), never all zeros (an invalid id in OpenTelemetry's trace API).
 */

/** MurmurHash3's 32-bit finaliser: a bijection on 32 bits that mixes every input bit. */
function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the string's UTF-16 code units. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hex(words: number[]): string {
  return words.map((w) => w.toString(16).padStart(8, "0")).join("");
}

/** The trace id of request `seq` of a run with seed hash `seedHash`: 32 hex digits. */
export function traceId(seedHash: number, seq: number): string {
  const base = mix(seq + 1);
  const words: number[] = [0, 1, 2, 3].map((i) =>
    mix(seedHash ^ mix(base + Math.imul(i + 1, 0x9e3779b9))),
  );
  if (!words.some((w) => w !== 0)) words[3] = 1;
  return hex(words);
}

/**
 * The span id of hop `hop` of request `seq`: 16 hex digits. The first word is a bijection of
 * the hop index for a given request, so no two spans of one trace share an id.
 */
export function spanId(seedHash: number, seq: number, hop: number): string {
  const request = mix(seedHash ^ mix(seq + 1));
  const first = mix(request ^ mix(hop + 1));
  const second = mix(first ^ 0x27d4eb2f) | (first === 0 ? 1 : 0);
  return hex([first, second >>> 0]);
}
