import { type BalancingAlgorithm, DNS_TTL } from "../../scenario/types";
import type { BalancingPolicy } from "./balancer-view";
import { type DnsClock, DnsRoundRobin } from "./dns-round-robin";
import { KeyHash } from "./hash";
import { LeastConnections } from "./least-connections";
import { LeastResponseTime } from "./least-response-time";
import { PowerOfTwo } from "./power-of-two";
import { RandomChoice } from "./random";
import { RoundRobin } from "./round-robin";
import { WeightedRandom } from "./weighted-random";
import { WeightedRoundRobin } from "./weighted-round-robin";

/** A clock that never moves, for policies made without a simulation (tests). */
const STILL: DnsClock = { now: 0, jobs: { parent: new Int32Array(0), comp: new Int32Array(0) } };

/** `ttl` and `clock` matter only to "dns", whose askers cache answers for ttl seconds. */
export function createPolicy(
  algorithm: BalancingAlgorithm,
  ttl = DNS_TTL,
  clock: DnsClock = STILL,
): BalancingPolicy {
  switch (algorithm) {
    case "round-robin":
      return new RoundRobin();
    case "weighted-round-robin":
      return new WeightedRoundRobin();
    case "random":
      return new RandomChoice();
    case "weighted-random":
      return new WeightedRandom();
    case "least-connections":
      return new LeastConnections();
    case "least-response-time":
      return new LeastResponseTime();
    case "power-of-two":
      return new PowerOfTwo();
    case "hash":
      return new KeyHash();
    case "dns":
      return new DnsRoundRobin(ttl, clock);
  }
}
