/**
 * database: a connection pool per node with a waiting room, query times for reads and writes,
 * read replicas with a replication lag, shards by key hash, and (an extension) failover of a
 * crashed primary to a replica after a delay.
 */

import { readDist, zero } from "./dist";
import { atMost, LIMITS } from "./limits";
import {
  dropUndefined,
  type Fields,
  fieldsOf,
  nonNegativeInteger,
  positiveInteger,
  positiveNumber,
  type Reader,
} from "./read";
import type { ComponentBase, Database } from "./types";

export function readDatabase(f: Fields, base: ComponentBase): Database {
  const read = f.required("read", readDist);
  return dropUndefined<Database>({
    ...base,
    type: "database",
    connections: f.required("connections", atMost(positiveInteger, LIMITS.workers)),
    queue: f.optional("queue", atMost(nonNegativeInteger, LIMITS.queue), Number.POSITIVE_INFINITY),
    read,
    write: f.optional("write", readDist, read),
    replicas: f.optional("replicas", readReplicas),
    shards: f.optional("shards", atMost(positiveInteger, LIMITS.replicas), 1),
    failover: f.optional("failover", positiveNumber),
  });
}

const readReplicas: Reader<Database["replicas"]> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const replicas = {
    count: f.required("count", atMost(nonNegativeInteger, LIMITS.replicas)),
    lag: f.optional("lag", readDist, zero()),
  };
  f.finish();
  return replicas;
};
