/**
 * fast-check generators of valid scenario documents, built from small valid pieces. Servers
 * only call servers later in the list, so no generated topology has a call cycle; every `when`
 * names a class some client sends, and every service map has a "default", so none warns.
 */

import fc from "fast-check";
import type { Doc, Json } from "./documents";

const time = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const positive = time(0.001, 100);
const nonNegative = time(0, 100);
/**
 * A duration: none, or at least a millisecond. A step above 0 but under a nanosecond is valid but
 * warned about: such steps (think times of 1e-142 s, backoffs of 3e-59 s) hide loops that take
 * no time, and made 12 of 200 generated scenarios run for ever.
 */
const duration = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: positive, weight: 4 },
);

/** An optional field: present with a generated value, or absent. */
type Fields = Record<string, fc.Arbitrary<Json>>;
function record(required: Fields, optional: Fields = {}): fc.Arbitrary<Doc> {
  return fc.record(
    { ...required, ...optional },
    { requiredKeys: Object.keys(required) },
  ) as fc.Arbitrary<Doc>;
}

export const dist: fc.Arbitrary<Json> = fc.oneof(
  record({ dist: fc.constant("const"), value: duration }),
  record({ dist: fc.constant("exp"), mean: positive }),
  fc
    .tuple(duration, duration)
    .map(([a, b]) => ({ dist: "uniform", min: Math.min(a, b), max: Math.max(a, b) })),
  record({ dist: fc.constant("lognormal"), mean: positive, cv: time(0, 3) }),
  record({ dist: fc.constant("erlang"), mean: positive, k: fc.integer({ min: 1, max: 8 }) }),
  // From 1.1: an alpha of 1 or less (an infinite mean) is warned about.
  record({ dist: fc.constant("pareto"), min: positive, alpha: time(1.1, 4) }),
);

const common: Fields = {
  label: fc.string({ maxLength: 10 }),
  position: record({ x: time(-1000, 1000), y: time(-1000, 1000) }),
  costPerHour: time(0, 5),
};

function serviceOf(classes: string[]): fc.Arbitrary<Json> {
  if (classes.length === 0) return dist;
  return fc.oneof(
    dist,
    fc
      .tuple(dist, fc.subarray(classes), fc.array(dist, { minLength: 2, maxLength: 2 }))
      .map(([fallback, named, dists]) =>
        Object.fromEntries([["default", fallback], ...named.map((cls, i) => [cls, dists[i]])]),
      ),
  );
}

function server(id: string, later: string[], classes: string[]): fc.Arbitrary<Doc> {
  const call = record(
    { target: later.length > 0 ? fc.constantFrom(...later) : fc.constant("") },
    {
      when: classes.length > 0 ? fc.constantFrom(...classes) : fc.constant("default"),
      mode: fc.constantFrom("sync", "async"),
      timeout: positive,
    },
  );
  return record(
    { id: fc.constant(id), type: fc.constant("server"), service: serviceOf(classes) },
    {
      ...common,
      replicas: fc.integer({ min: 1, max: 4 }),
      workers: fc.integer({ min: 1, max: 16 }),
      queue: fc.integer({ min: 0, max: 100 }),
      cores: time(0.25, 16),
      discipline: fc.constantFrom("fifo", "lifo"),
      deadlines: fc.boolean(),
      calls: later.length > 0 ? fc.array(call, { maxLength: 2 }) : fc.constant([]),
      blocking: fc.boolean(),
    },
  );
}

function loadBalancer(id: string, servers: string[]): fc.Arbitrary<Doc> {
  const target = fc.oneof(
    fc.constantFrom(...servers),
    record({ id: fc.constantFrom(...servers) }, { weight: positive }),
  );
  return record(
    {
      id: fc.constant(id),
      type: fc.constant("loadbalancer"),
      targets: fc.array(target, { minLength: 1, maxLength: 3 }),
    },
    {
      ...common,
      algorithm: fc.constantFrom(
        "round-robin",
        "weighted-round-robin",
        "random",
        "least-connections",
        "power-of-two",
        "hash",
      ),
      healthCheck: record(
        { interval: positive },
        {
          unhealthyAfter: fc.integer({ min: 1, max: 5 }),
          healthyAfter: fc.integer({ min: 1, max: 5 }),
        },
      ),
      service: dist,
      rateLimit: record({ rate: positive }, { burst: time(1, 50) }),
    },
  );
}

const schedule = fc
  .uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 })
  .chain((ats) =>
    fc.tuple(
      ...ats.sort((a, b) => a - b).map((at) => record({ at: fc.constant(at), rate: nonNegative })),
    ),
  );

/**
 * A think time: none, or 50 ms and more. Shorter ones let 100 users over 10,000 s ask for more
 * events than a run may take, which is warned about (projected-work.ts).
 */
const think = fc.oneof(
  record({ dist: fc.constant("const"), value: fc.constantFrom(0, 1) }),
  record({ dist: fc.constant("exp"), mean: time(0.05, 100) }),
  record({ dist: fc.constant("lognormal"), mean: time(0.05, 100), cv: time(0, 3) }),
  record({ dist: fc.constant("erlang"), mean: time(0.05, 100), k: fc.integer({ min: 1, max: 8 }) }),
);

const workload = fc.oneof(
  record(
    { kind: fc.constant("open"), rate: time(0.1, 100) },
    { arrival: fc.constantFrom("poisson", "uniform"), schedule },
  ),
  record({ kind: fc.constant("closed"), users: fc.integer({ min: 1, max: 100 }), think }),
);

function client(id: string, targets: string[], classes: string[]): fc.Arbitrary<Doc> {
  const mix = fc.tuple(
    ...classes.map((cls) => record({ class: fc.constant(cls), weight: positive })),
  );
  return record(
    {
      id: fc.constant(id),
      type: fc.constant("client"),
      workload,
      target: fc.constantFrom(...targets),
      ...(classes.length > 0 ? { mix } : {}),
    },
    {
      ...common,
      keys: record({ count: fc.integer({ min: 1, max: 10_000_000 }), zipf: time(0, 2) }),
      timeout: positive,
      retry: record(
        { max: fc.integer({ min: 0, max: 5 }) },
        { backoff: duration, multiplier: time(1, 3), jitter: fc.boolean() },
      ),
    },
  );
}

function fault(targets: { id: string; instances: number }[]): fc.Arbitrary<Doc> {
  return fc.constantFrom(...targets).chain(({ id, instances }) => {
    const base = { at: nonNegative, target: fc.constant(id), duration: positive };
    const optional = { instance: fc.integer({ min: 0, max: instances - 1 }) };
    return fc.oneof(
      record({ ...base, kind: fc.constant("crash") }, optional),
      record({ ...base, kind: fc.constant("slow"), factor: time(0.1, 10) }, optional),
      record({ ...base, kind: fc.constant("errors"), rate: time(0, 1) }, optional),
    );
  });
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A valid scenario document: 1–3 clients, 0–2 load balancers, 1–4 servers, faults, a lesson. */
export const validScenario: fc.Arbitrary<Doc> = fc
  .record({
    servers: fc.integer({ min: 1, max: 4 }),
    balancers: fc.integer({ min: 0, max: 2 }),
    clients: fc.integer({ min: 1, max: 3 }),
    classes: fc.constantFrom<string[]>([], ["read", "write"], ["default"]),
  })
  .chain((shape) => {
    const serverIds = ids("s", shape.servers);
    const balancerIds = ids("lb-", shape.balancers);
    const parts = fc.record({
      servers: fc.tuple(
        ...serverIds.map((id, i) => server(id, serverIds.slice(i + 1), shape.classes)),
      ),
      balancers: fc.tuple(...balancerIds.map((id) => loadBalancer(id, serverIds))),
      clients: fc.tuple(
        ...ids("c_", shape.clients).map((id) =>
          client(id, [...balancerIds, ...serverIds], shape.classes),
        ),
      ),
    });
    return parts.chain(({ servers, balancers, clients }) => {
      const faultable = [
        ...servers.map((s) => ({
          id: s.id as string,
          instances: (s.replicas as number | undefined) ?? 1,
        })),
        ...balancers.map((b) => ({ id: b.id as string, instances: 1 })),
      ];
      const components = [...clients, ...balancers, ...servers];
      return fc
        .tuple(
          time(1, 10_000),
          time(0, 0.99),
          fc.shuffledSubarray(components, {
            minLength: components.length,
            maxLength: components.length,
          }),
        )
        .chain(([duration, warmupShare, shuffled]) =>
          record(
            {
              version: fc.constant(1),
              name: fc.string({ maxLength: 20 }),
              duration: fc.constant(duration),
              components: fc.constant(shuffled),
            },
            {
              description: fc.string({ maxLength: 20 }),
              seed: fc.string({ maxLength: 10 }),
              warmup: fc.constant(duration * warmupShare),
              network: dist,
              faults: fc.array(fault(faultable), { maxLength: 3 }),
              lesson: record({
                goal: fc.string(),
                try: fc.array(fc.string(), { maxLength: 3 }),
                question: fc.string(),
              }),
            },
          ),
        );
    });
  });
