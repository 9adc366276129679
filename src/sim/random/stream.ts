import seedrandom from "seedrandom";

/**
 * A source of uniform numbers in [0, 1): Marsaglia's xor128, exactly as seedrandom's `xor128`
 * computes it, continued from the state seedrandom seeded. One class for every stream rather
 * than seedrandom's closure per stream: a call site that had seen several closures (every
 * component's service draws go through one `Sampler.sample`) could not inline any of them, and
 * deoptimised when a new run brought new closures; a method of one class inlines everywhere.
 */
export class Rng {
  /** x, y, z, w as in seedrandom's XorGen. */
  private readonly s: Int32Array;

  constructor(state: { x: number; y: number; z: number; w: number }) {
    this.s = Int32Array.of(state.x, state.y, state.z, state.w);
  }

  /** The next number in [0, 1), a multiple of 2^-32. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** The next 32 random bits, as an integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const x = s[0];
    const t = x ^ (x << 11);
    s[0] = s[1];
    s[1] = s[2];
    const w = s[3];
    s[2] = w;
    const next = w ^ (w >>> 19) ^ t ^ (t >>> 8);
    s[3] = next;
    return next >>> 0;
  }
}

/**
 * An independent random stream for one purpose of one component, derived from the master seed
 * and the component id. Adding or removing a component leaves every other stream's draws
 * untouched, which is what makes runs of two variants comparable on common random numbers.
 *
 * The name is first hashed by seedrandom's ARC4 generator (good mixing, slow, run once), and its
 * output seeds seedrandom's xor128, which perf-notes.md measured at ~650M draws/s: ARC4 in the
 * hot loop made the whole engine 1.8x slower.
 */
export function createStream(masterSeed: string, componentId: string, purpose: string): Rng {
  const mixer = seedrandom(`${masterSeed}\u0000${componentId}\u0000${purpose}`);
  const state = `${mixer.int32()}:${mixer.int32()}:${mixer.int32()}:${mixer.int32()}`;
  return new Rng(seedrandom.xor128(state, { state: true }).state());
}

/** The seed of replication `index`: the first is the seed itself, so one replication is a plain run. */
export function replicationSeed(seed: string, index: number): string {
  return index === 0 ? seed : `${seed}#${index}`;
}
