/**
 * Share links: a whole scenario, seed included, in a URL fragment, so that a colleague who opens
 * the link runs exactly the same thing. The fragment is `#s=1.` + base64url(deflate-raw(JSON of
 * the envelope), with the preset dictionary of share-dictionary.ts); the `1` is the link
 * format's version, not the scenario's (see docs/scenario-format.md, "Share links").
 *
 * Everything in a link is untrusted: decoding never throws, caps the inflated size (a few bytes
 * of deflate can claim gigabytes), and hands back the scenario only once the validator accepts
 * it, so a bad link can be refused before it replaces anything the user had.
 */
import { deflateSync, Inflate } from "fflate";
import { decodeBase64url, encodeBase64url } from "./base64url";
import type { Issue } from "./issues";
import { issue } from "./issues";
import { LIMITS, textTooDeep } from "./limits";
import { parseScenario } from "./parse";
import { isObject } from "./read";
import { SHARE_DICTIONARY_V1 } from "./share-dictionary";

/** The link format this archsim writes and reads. */
export const SHARE_LINK_VERSION = 1;

/** Inflated JSON is refused past this many bytes: presets are 1–3 kB, a large model 50 kB. */
export const MAX_INFLATED_BYTES = 1_000_000;

/** A scenario document as written in JSON (defaults left out, as the user wrote it). */
export type ScenarioDocument = Record<string, unknown>;

/** Another scenario carried by the same link, for a comparison of variants against `scenario`. */
export interface SharedVariant {
  name: string;
  scenario: ScenarioDocument;
}

/** What a link carries: the scenario the page opens, and optionally variants to compare with it. */
export interface ShareLinkContent {
  scenario: ScenarioDocument;
  variants?: SharedVariant[];
}

/** Why a link was refused; the page says it in the user's language. */
export type ShareLinkProblem =
  | { reason: "not-a-link" }
  | { reason: "newer-version"; version: number }
  | { reason: "damaged" }
  | { reason: "too-large"; limitBytes: number }
  | { reason: "not-json" }
  | { reason: "not-a-scenario"; detail: string }
  | { reason: "invalid-scenario"; issues: Issue[] };

export type DecodedShareLink =
  | ({ ok: true } & ShareLinkContent)
  | ({ ok: false } & ShareLinkProblem);

const PREFIX = "s=";

/** The fragment (with its `#`) that carries `content`. */
export function encodeShareLink(content: ShareLinkContent): string {
  const envelope: ShareLinkContent = { scenario: content.scenario };
  if (content.variants !== undefined && content.variants.length > 0) {
    envelope.variants = content.variants;
  }
  const bytes = new TextEncoder().encode(JSON.stringify(envelope));
  const packed = encodeBase64url(deflateSync(bytes, { level: 9, dictionary: SHARE_DICTIONARY_V1 }));
  return `#${PREFIX}${SHARE_LINK_VERSION}.${packed}`;
}

/** Whether a fragment (or a whole URL) is meant as a share link, good or bad. */
export function isShareLink(fragmentOrUrl: string): boolean {
  return fragmentOf(fragmentOrUrl).startsWith(PREFIX);
}

/** Reads a fragment (`#s=1....`, with or without `#`) or a whole URL. Never throws. */
export function decodeShareLink(fragmentOrUrl: string): DecodedShareLink {
  const fragment = fragmentOf(fragmentOrUrl);
  if (!fragment.startsWith(PREFIX)) return { ok: false, reason: "not-a-link" };
  const match = /^(\d{1,6})\.(.*)$/s.exec(fragment.slice(PREFIX.length));
  if (match === null) return { ok: false, reason: "damaged" };
  const version = Number(match[1]);
  if (version > SHARE_LINK_VERSION) return { ok: false, reason: "newer-version", version };
  if (version !== SHARE_LINK_VERSION) return { ok: false, reason: "damaged" };

  const packed = decodeBase64url(match[2]);
  if (packed === null || packed.length === 0) return { ok: false, reason: "damaged" };
  const inflated = inflateCapped(packed, MAX_INFLATED_BYTES);
  if (inflated === "damaged") return { ok: false, reason: "damaged" };
  if (inflated === "too-large") {
    return { ok: false, reason: "too-large", limitBytes: MAX_INFLATED_BYTES };
  }
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  if (textTooDeep(text)) {
    // Refused before parsing: the page would clone such a value to its workers and overflow.
    const tooDeepIssue = issue("", "tooDeep", { max: String(LIMITS.depth) });
    return { ok: false, reason: "invalid-scenario", issues: [tooDeepIssue] };
  }
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  return readEnvelope(value);
}

function fragmentOf(fragmentOrUrl: string): string {
  const hash = fragmentOrUrl.indexOf("#");
  return hash < 0 ? fragmentOrUrl : fragmentOrUrl.slice(hash + 1);
}

/**
 * Inflates at most `limit` bytes. The input goes in small pieces, so a decompression bomb is
 * stopped after about one piece's worth of output (deflate expands at most ~1,032 times), long
 * before it could fill memory.
 */
function inflateCapped(packed: Uint8Array, limit: number): Uint8Array | "damaged" | "too-large" {
  const PIECE = 256;
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate({ dictionary: SHARE_DICTIONARY_V1 }, (chunk, final) => {
    chunks.push(chunk);
    size += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < packed.length; i += PIECE) {
      const end = Math.min(i + PIECE, packed.length);
      inflate.push(packed.subarray(i, end), end === packed.length);
      if (size > limit) return "too-large";
    }
  } catch {
    return "damaged";
  }
  if (!ended) return "damaged";
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function readEnvelope(value: unknown): DecodedShareLink {
  if (!isObject(value)) return notAScenario("the link holds no object");
  if (!isObject(value.scenario)) return notAScenario("the link holds no scenario");
  const parsed = parseScenario(value.scenario);
  if (!parsed.ok) return { ok: false, reason: "invalid-scenario", issues: parsed.errors };
  const content: ShareLinkContent = { scenario: value.scenario };
  if (value.variants !== undefined) {
    const variants = value.variants;
    if (!Array.isArray(variants)) return notAScenario("variants is not a list");
    for (const [i, v] of variants.entries()) {
      if (!isObject(v) || typeof v.name !== "string" || !isObject(v.scenario)) {
        return notAScenario(`variants[${i}] is not a named scenario`);
      }
    }
    content.variants = variants as SharedVariant[];
  }
  return { ok: true, ...content };
}

function notAScenario(detail: string): DecodedShareLink {
  return { ok: false, reason: "not-a-scenario", detail };
}
