/**
 * What a span says the same way in OTLP and Jaeger once each format's key names are known: its two
 * ids, the callee of a client or producer span, and the HTTP status behind a server error.
 */
import { id, isObject, type Json, join } from "./fields";
import { type Problems, shown } from "./problems";
import type { SpanKind } from "./span";

/** Attributes naming the callee of a client span whose callee is not traced, most specific first. */
const PEER_KEYS = [
  "peer.service",
  "db.system.name",
  "db.system",
  "messaging.system",
  "rpc.service",
  "server.address",
  "net.peer.name",
];

export interface SpanIds {
  span: Json;
  traceId: string;
  spanId: string;
}

/**
 * The span as an object with both its ids, or undefined with a problem at the first one missing.
 * `keys` are the format's names for them: `["traceId", "spanId"]` or `["traceID", "spanID"]`.
 */
export function spanIds(
  raw: unknown,
  path: string,
  line: number,
  keys: readonly [trace: string, span: string],
  problems: Problems,
): SpanIds | undefined {
  if (!isObject(raw)) {
    problems.add({ line, path, code: "badId", detail: shown(raw) });
    return undefined;
  }
  const traceId = id(raw[keys[0]]);
  const spanId = id(raw[keys[1]]);
  if (traceId === undefined || spanId === undefined) {
    const key = traceId === undefined ? keys[0] : keys[1];
    problems.add({ line, path: join(path, key), code: "missingField", detail: shown(raw[key]) });
    return undefined;
  }
  return { span: raw, traceId, spanId };
}

/**
 * A client or producer span's callee as a `peer` field to spread into the span: the first peer
 * attribute present, or else the span's name; nothing for other kinds.
 */
export function peerField(
  kind: SpanKind,
  attributes: Map<string, unknown>,
  name: unknown,
): { peer?: string } {
  if (kind !== "client" && kind !== "producer") return {};
  const peer = PEER_KEYS.map((k) => attributes.get(k)).find((v) => v !== undefined) ?? name;
  return typeof peer === "string" || typeof peer === "number" ? { peer: String(peer) } : {};
}

/** The HTTP response status under its current or its older semantic-convention name; NaN when none. */
export function httpStatus(attributes: Map<string, unknown>): number {
  return Number(attributes.get("http.response.status_code") ?? attributes.get("http.status_code"));
}
