import { type Jobs, NO_CALLER, rowlessClient } from "../kernel/jobs";
import type { BalancerView, BalancingPolicy } from "./balancer-view";
import { RoundRobin } from "./round-robin";

/** What DNS needs of the simulation: the clock, and the jobs to find who asked. */
export interface DnsClock {
  readonly now: number;
  readonly jobs: Pick<Jobs, "parent" | "comp">;
}

/** Room for every key of a client (at most 10M, client.ts) in one resolver number. */
const KEYS_PER_CLIENT = 1 << 24;

/**
 * DNS round robin (an extension): the name server hands out the backends in turn, and whoever
 * asked caches the answer for `ttl` seconds, sending everything it has to that one backend
 * until the answer expires. Who asked is the client component a request started at, or, when
 * the client draws keys, each key of it (one user or office behind its own resolver).
 *
 * A few big askers therefore load backends unevenly, and a backend that dies keeps receiving
 * the traffic of everyone who cached it until their TTL runs out: the name server stops handing
 * it out (when the balancer has a health check) but cannot recall answers already given.
 */
export class DnsRoundRobin implements BalancingPolicy {
  /** The name server's rotation: its answer is the next backend in it. */
  private readonly rotation = new RoundRobin();
  private readonly answer = new Map<number, number>();
  private readonly expires = new Map<number, number>();

  constructor(
    private readonly ttl: number,
    private readonly clock: DnsClock,
  ) {}

  pick(view: BalancerView, key: number, job = -1): number {
    const asker = this.askerOf(key, job);
    const now = this.clock.now;
    const cached = this.answer.get(asker);
    if (cached !== undefined && (this.expires.get(asker) ?? 0) > now) return cached;
    const b = this.rotation.pick(view);
    if (b >= 0) {
      this.answer.set(asker, b);
      this.expires.set(asker, now + this.ttl);
    }
    return b;
  }

  /** The component at the root of the job's chain of callers, and the request's key. */
  private askerOf(key: number, job: number): number {
    if (job < 0) return key;
    const jobs = this.clock.jobs;
    let root = job;
    while (jobs.parent[root] >= 0) root = jobs.parent[root];
    // A client without a row of its own is named by its request's first hop.
    const p = jobs.parent[root];
    const client = p < NO_CALLER ? rowlessClient(p) : jobs.comp[root];
    return client * KEYS_PER_CLIENT + key + 1;
  }
}
