import type { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";

/**
 * The latency a call (or its answer) adds when it goes from one zone to another (extension:
 * `zones` in the scenario). A component without a zone is reached from anywhere with none; so
 * is one in the same zone. Draws come from the sending component's own stream, as the network's
 * do, so a change of topology leaves the other components' draws alone.
 */
export class ZoneLatency {
  constructor(
    /** Each component's zone, by index; -1 for none. */
    private readonly zoneOf: Int32Array,
    private readonly zoneCount: number,
    /** The latency from zone a to zone b at a * zoneCount + b; null where there is none. */
    private readonly latency: (Sampler | null)[],
    /** One stream per sending component. */
    private readonly rngs: Rng[],
  ) {}

  /** Seconds added to a hop from component `from` to component `to` (0 within a zone). */
  delay(from: number, to: number): number {
    const a = this.zoneOf[from];
    const b = this.zoneOf[to];
    if (a < 0 || b < 0 || a === b) return 0;
    const sampler = this.latency[a * this.zoneCount + b];
    return sampler === null ? 0 : sampler.sample(this.rngs[from]);
  }
}
