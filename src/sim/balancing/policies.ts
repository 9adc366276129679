import type { BalancingAlgorithm } from "../../scenario/types";
import type { BalancingPolicy } from "./balancer-view";
import { KeyHash } from "./hash";
import { LeastConnections } from "./least-connections";
import { LeastResponseTime } from "./least-response-time";
import { PowerOfTwo } from "./power-of-two";
import { RandomChoice } from "./random";
import { RoundRobin } from "./round-robin";
import { WeightedRandom } from "./weighted-random";
import { WeightedRoundRobin } from "./weighted-round-robin";

export function createPolicy(algorithm: BalancingAlgorithm): BalancingPolicy {
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
  }
}
