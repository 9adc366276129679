/**
 * queue: a message broker. Publishing is acknowledged at once (after `publish`), consumers take
 * messages and process them, optionally calling `consumers.target`; failed messages are
 * redelivered up to `maxRedeliveries` times, then dead-lettered.
 */

import { readDist, zero } from "./dist";
import { atMost, LIMITS } from "./limits";
import {
  dropUndefined,
  type Fields,
  fieldsOf,
  nonNegativeInteger,
  oneOf,
  positiveInteger,
  type Reader,
  string,
} from "./read";
import type { Ref } from "./references";
import { WHEN_FULL } from "./server";
import type { ComponentBase, MessageQueue } from "./types";

export function readQueue(f: Fields, base: ComponentBase, refs: Ref[]): MessageQueue {
  return dropUndefined<MessageQueue>({
    ...base,
    type: "queue",
    capacity: f.optional(
      "capacity",
      atMost(positiveInteger, LIMITS.queue),
      Number.POSITIVE_INFINITY,
    ),
    publish: f.optional("publish", readDist, zero()),
    consumers: f.required("consumers", consumersReader(refs)),
    maxRedeliveries: f.optional("maxRedeliveries", nonNegativeInteger, 3),
    whenFull: f.optional("whenFull", oneOf(WHEN_FULL)),
  });
}

function consumersReader(refs: Ref[]): Reader<MessageQueue["consumers"]> {
  return (report, value, path) => {
    const f = fieldsOf(report, value, path);
    if (f === undefined) return { count: 1, prefetch: 1, service: zero() };
    const target = f.optional("target", string);
    if (typeof f.get("target") === "string") refs.push({ path: f.at("target"), target: target! });
    const consumers = dropUndefined<MessageQueue["consumers"]>({
      count: f.required("count", atMost(positiveInteger, LIMITS.workers)),
      prefetch: f.optional("prefetch", positiveInteger, 1),
      service: f.required("service", readDist),
      target,
    });
    f.finish();
    return consumers;
  };
}
