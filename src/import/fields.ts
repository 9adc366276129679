/** Small readers shared by the OTLP and Jaeger formats: each says what it found instead of throwing. */
import { type Problems, shown } from "./problems";

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An array at `key`, or [] with a problem when it is something else; absent is an empty list. */
export function list(
  o: Json,
  key: string,
  path: string,
  line: number,
  problems: Problems,
): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  problems.add({ line, path: join(path, key), code: "notArray", detail: shown(v) });
  return [];
}

export function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** A non-empty string id (hex or base64 as the exporter wrote it), or undefined. */
export function id(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}
