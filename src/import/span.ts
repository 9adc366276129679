/**
 * One span as the importer keeps it: only what the inference reads, a few numbers and strings,
 * so that a large file's spans fit in memory without its text.
 */
export type SpanKind = "internal" | "server" | "client" | "producer" | "consumer";

export interface Span {
  traceId: string;
  spanId: string;
  /** Absent for a root span. */
  parentId?: string;
  /** Jaeger's FOLLOWS_FROM: the parent does not wait for this span. */
  followsFrom: boolean;
  service: string;
  kind: SpanKind;
  /** Seconds from the file's first timestamp (see Clock). */
  start: number;
  end: number;
  error: boolean;
  /**
   * A client or producer span's callee, in case its own spans are not in the file: peer.service,
   * db.system, ... or else the span's name. Absent on other spans, to keep a span small.
   */
  peer?: string;
  /** Spans this one is linked to (OTLP links): a consumer's link to its producer; absent when none. */
  links?: string[];
}

/**
 * Turns absolute timestamps into seconds from the first one seen, keeping sub-microsecond
 * precision: nanoseconds since 1970 are past 2^53, so they are read as whole seconds and a
 * fraction instead of one double.
 */
export class Clock {
  private base: number | undefined;

  /** Nanoseconds since the epoch, as OTLP/JSON writes them (a decimal string or a number). */
  fromNanos(value: string | number): number {
    if (typeof value === "number")
      return this.relative(Math.floor(value / 1e9), (value % 1e9) * 1e-9);
    const digits = value.length;
    const whole = digits > 9 ? Number(value.slice(0, digits - 9)) : 0;
    const fraction = Number(value.slice(Math.max(0, digits - 9))) * 1e-9;
    return this.relative(whole, fraction);
  }

  /** Microseconds since the epoch, as Jaeger writes them. */
  fromMicros(value: number): number {
    return this.relative(Math.floor(value / 1e6), (value % 1e6) * 1e-6);
  }

  private relative(seconds: number, fraction: number): number {
    this.base ??= seconds;
    return seconds - this.base + fraction;
  }
}
