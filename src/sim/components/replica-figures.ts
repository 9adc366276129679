import { LISTED_REPLICAS, type ReplicaStats } from "../metrics/replica-stats";
import { ownRecord } from "../own-record";
import type { ComponentSummary } from "../summary";

/**
 * A replicated server's figures per replica for its summary: `hottestReplica` always, and
 * `perReplica`, named as a balancer names its backends (`web#2`), while there are at most
 * LISTED_REPLICAS, so a summary of ten thousand replicas stays readable and small. Nothing for
 * a server that never had two replicas: its own figures are that replica's.
 */
export function replicaFigures(
  id: string,
  replicas: ReplicaStats | null,
  now: number,
): Pick<ComponentSummary, "perReplica" | "hottestReplica"> {
  if (replicas === null) return {};
  const existing = replicas.existing();
  if (existing < 2) return {};
  const hottest = replicas.hottest(now);
  const figures: Pick<ComponentSummary, "perReplica" | "hottestReplica"> = {
    hottestReplica: { replica: `${id}#${hottest}`, ...replicas.summarize(hottest, now) },
  };
  if (existing <= LISTED_REPLICAS) {
    const perReplica = ownRecord<ReturnType<ReplicaStats["summarize"]>>();
    for (let i = 0; i < replicas.slots; i++) {
      if (replicas.existed[i] === 1) perReplica[`${id}#${i}`] = replicas.summarize(i, now);
    }
    figures.perReplica = perReplica;
  }
  return figures;
}
