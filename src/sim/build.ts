import { mostReplicas } from "../scenario/capacity-schedule";
import type { Component, Dist, Fault, Scenario, Server as ServerSpec } from "../scenario/types";
import { Autoscaler } from "./components/autoscaler";
import { Cache } from "./components/cache";
import { isRouted } from "./components/call-routing";
import { Client } from "./components/client";
import { Database } from "./components/database";
import { type Backend, LoadBalancer } from "./components/load-balancer";
import { MessageQueue } from "./components/message-queue";
import { Server } from "./components/server";
import { Simulation } from "./kernel/simulation";
import { priorityLevels } from "./priority-levels";
import { standardExponential } from "./random/exponential";
import { Sampler } from "./random/sampler";
import { createStream, type Rng } from "./random/stream";
import { RecoveryMonitor } from "./recovery";
import { ZoneOutage } from "./zone-outage";
import { zoneLatencyOf, zoneMembers } from "./zones";

/** A scenario turned into a simulation ready to run, with handles on what the summary reads. */
export interface Model {
  sim: Simulation;
  clients: Client[];
  /** Components each component calls, by index: the edges of the topology. */
  callees: number[][];
  /** Recovery after each scheduled fault; null without faults. */
  recovery: RecoveryMonitor | null;
  /** Request class names by global class index. */
  classes: string[];
  warmup: number;
  /** The components an outage of each zone takes down, by zone name (extension). */
  zones: ReadonlyMap<string, readonly number[]>;
  /** Zone outages applied live, by zone name: each zone's latest. */
  liveOutages: Map<string, ZoneOutage>;
}

/**
 * Builds the components of a validated scenario, wires their references to component indices,
 * gives each its own random streams, and schedules the faults and the end of the warm-up.
 */
export interface BuildOptions {
  /**
   * Room for live what-ifs to add replicas: servers get slots for up to this many times their
   * replicas. Empty slots change no draw and no decision, so a run gives the same numbers with
   * or without them; the command line leaves them out to keep balancers' loops short.
   */
  replicaHeadroom?: number;
  /** Requests in flight a run may hold (memory-budget.ts); MAX_JOB_ROWS when absent. */
  maxJobRows?: number;
}

export function buildModel(scenario: Scenario, seed: string, options: BuildOptions = {}): Model {
  const headroom = options.replicaHeadroom ?? 1;
  const index = new Map(scenario.components.map((c, i) => [c.id, i]));
  const classes = classTable(scenario.components);
  const classOf = new Map(classes.map((name, i) => [name, i]));
  const priority = priorityLevels(scenario.components, classes);
  const stream = (id: string, purpose: string) => createStream(seed, id, purpose);
  const network = isZero(scenario.network) ? null : new Sampler(scenario.network);
  const sim = new Simulation(
    network,
    scenario.components.map((c) => stream(c.id, "network")),
    zoneLatencyOf(scenario, stream),
    options.maxJobRows,
  );

  const clients: Client[] = [];
  const balancers: LoadBalancer[] = [];
  const autoscalers: Autoscaler[] = [];
  /** Servers whose capacity follows a schedule. */
  const scheduled: Server[] = [];
  scenario.components.forEach((spec, i) => {
    switch (spec.type) {
      case "client": {
        const client = new Client(sim, i, {
          spec,
          target: index.get(spec.target)!,
          classIndex: spec.mix.map((m) => classOf.get(m.class)!),
          warmup: scenario.warmup,
          streams: {
            arrivals: stream(spec.id, "arrivals"),
            mix: stream(spec.id, "mix"),
            keys: stream(spec.id, "keys"),
            think: stream(spec.id, "think"),
            retry: stream(spec.id, "retry"),
            bursts: stream(spec.id, "bursts"),
            batch: stream(spec.id, "batch"),
          },
        });
        clients.push(client);
        sim.add(client);
        break;
      }
      case "loadbalancer": {
        const backends = spec.targets.flatMap((t) =>
          backendsOf(scenario.components, index, t.id, t.weight, headroom),
        );
        const lb = new LoadBalancer(sim, i, {
          spec,
          backends,
          probe: (b) => sim.components[b.comp].isUp(Math.max(0, b.inst)),
          registered: (b) => sim.components[b.comp].isRegistered(Math.max(0, b.inst)),
          streams: {
            policy: stream(spec.id, "policy"),
            service: stream(spec.id, "service"),
            faults: stream(spec.id, "faults"),
          },
        });
        balancers.push(lb);
        sim.add(lb);
        break;
      }
      case "cache":
        sim.add(
          new Cache(sim, i, {
            spec,
            backend: index.get(spec.backend)!,
            writeClass: classOf.get("write") ?? -1,
            universe: keyUniverse(scenario.components),
            streams: {
              hit: stream(spec.id, "hit"),
              ratio: stream(spec.id, "ratio"),
              faults: stream(spec.id, "faults"),
            },
          }),
        );
        break;
      case "database":
        sim.add(
          new Database(sim, i, {
            spec,
            writeClass: classOf.get("write") ?? -1,
            classCount: classes.length,
            priority,
            streams: {
              service: stream(spec.id, "service"),
              faults: stream(spec.id, "faults"),
              lag: stream(spec.id, "lag"),
              shard: stream(spec.id, "shard"),
            },
          }),
        );
        break;
      case "queue":
        sim.add(
          new MessageQueue(sim, i, {
            spec,
            target: spec.consumers.target === undefined ? -1 : index.get(spec.consumers.target)!,
            classCount: classes.length,
            priority,
            streams: {
              publish: stream(spec.id, "publish"),
              service: stream(spec.id, "service"),
              faults: stream(spec.id, "faults"),
            },
          }),
        );
        break;
      case "cdn":
        // An edge cache is a cache in hit-ratio mode in front of its origin.
        sim.add(
          new Cache(sim, i, {
            spec: {
              id: spec.id,
              type: "cache",
              hitRatio: spec.hitRatio,
              hit: spec.hit,
              backend: spec.origin,
              ttl: Number.POSITIVE_INFINITY,
              coalesce: false,
            },
            backend: index.get(spec.origin)!,
            writeClass: -1,
            universe: 0,
            streams: {
              hit: stream(spec.id, "hit"),
              ratio: stream(spec.id, "ratio"),
              faults: stream(spec.id, "faults"),
            },
          }),
        );
        break;
      case "autoscaler":
        // Built below, once the server it scales exists.
        break;
      case "server": {
        const server = new Server(sim, i, {
          spec,
          maxReplicas: maxReplicas(scenario.components, spec, headroom),
          service: classes.map((name) => new Sampler(serviceFor(spec, name))),
          callTargets: spec.calls.map((c) => index.get(c.target)!),
          callClasses: spec.calls.map((c) =>
            c.when === undefined ? -1 : (classOf.get(c.when) ?? -2),
          ),
          callBlocks: spec.calls.map((c) => blocksWhenFull(scenario.components, c.target)),
          priority,
          streams: { service: stream(spec.id, "service"), faults: stream(spec.id, "faults") },
          // Only a server with probabilistic calls draws for them, so others keep their draws.
          routing: isRouted(spec) ? stream(spec.id, "routing") : null,
        });
        sim.add(server);
        if (spec.schedule !== undefined) scheduled.push(server);
        break;
      }
    }
  });

  scenario.components.forEach((spec, i) => {
    if (spec.type !== "autoscaler") return;
    const autoscaler = new Autoscaler(
      sim,
      i,
      spec,
      sim.components[index.get(spec.target)!] as Server,
    );
    sim.add(autoscaler);
    autoscalers.push(autoscaler);
  });

  for (const client of clients) client.begin();
  for (const autoscaler of autoscalers) autoscaler.begin();
  for (const lb of balancers) lb.begin();
  for (const server of scheduled) server.begin();
  const zones = zoneMembers(scenario);
  const recovery =
    scenario.faults.length > 0 ? new RecoveryMonitor(sim, clients, scenario.warmup) : null;
  for (const fault of scenario.faults) {
    recovery?.watch(fault, describeFault(fault));
    const end = fault.at + fault.duration;
    if (fault.kind === "zone") {
      new ZoneOutage(sim, zones.get(fault.target) ?? [], fault.at, end);
      continue;
    }
    const target = index.get(fault.target)!;
    if (fault.kind === "partition") {
      const from = index.get(fault.from)!;
      sim.at(fault.at, () => sim.partition(from, target, true));
      sim.at(end, () => sim.partition(from, target, false));
      continue;
    }
    const comp = sim.components[target];
    const instance = fault.instance ?? -1;
    const value = fault.kind === "slow" ? fault.factor : fault.kind === "errors" ? fault.rate : 0;
    sim.at(fault.at, () => comp.applyFault(fault.kind, instance, value, true));
    sim.at(end, () => comp.applyFault(fault.kind, instance, value, false));
  }
  scenario.components.forEach((spec, i) => {
    if (spec.failures === undefined) return;
    const failures = spec.failures;
    // A stream per instance: replica slots added for live what-ifs leave the others' draws alone.
    // Only the slots a run without them has fail at random: a failure of an empty slot is still
    // an event, and the page (which keeps slots) would count more events than the command line.
    const slots =
      spec.type === "server"
        ? maxReplicas(scenario.components, spec, 1)
        : sim.components[i].instanceCount;
    for (
      let instance = 0;
      instance < Math.min(slots, sim.components[i].instanceCount);
      instance++
    ) {
      failRandomly(sim, i, instance, failures, stream(spec.id, `failures#${instance}`));
    }
  });
  recovery?.begin();
  if (scenario.warmup > 0) {
    sim.at(scenario.warmup, () => {
      for (const c of sim.components) c.resetStatistics();
    });
  }
  const callees = scenario.components.map((spec) => {
    const ids = calleesOf(spec);
    return [...new Set(ids)].map((id) => index.get(id)!);
  });
  return {
    sim,
    clients,
    callees,
    recovery,
    classes,
    warmup: scenario.warmup,
    zones,
    liveOutages: new Map(),
  };
}

function calleesOf(spec: Component): string[] {
  switch (spec.type) {
    case "client":
      return [spec.target];
    case "loadbalancer":
      return spec.targets.map((t) => t.id);
    case "server":
      return spec.calls.map((c) => c.target);
    case "cache":
      return [spec.backend];
    case "database":
      return [];
    case "queue":
      return spec.consumers.target === undefined ? [] : [spec.consumers.target];
    case "cdn":
      return [spec.origin];
    case "autoscaler":
      return [];
  }
}

/**
 * The most replicas a server may have: its own or its schedule's most (with headroom), or an
 * autoscaler's max.
 */
function maxReplicas(components: Component[], server: ServerSpec, headroom: number): number {
  let most = mostReplicas(server) * headroom;
  for (const c of components)
    if (c.type === "autoscaler" && c.target === server.id) most = Math.max(most, c.max);
  return most;
}

/** Keys run from 0 to the largest key count of any client. */
function keyUniverse(components: Component[]): number {
  let universe = 0;
  for (const c of components)
    if (c.type === "client" && c.keys) universe = Math.max(universe, c.keys.count);
  return universe;
}

/**
 * Random failures of one instance: exponential up times of mean `mtbf` alternate with down times
 * of mean `mttr`, as a crash would take it down.
 */
function failRandomly(
  sim: Simulation,
  comp: number,
  instance: number,
  failures: { mtbf: number; mttr: number },
  rng: Rng,
): void {
  const component = sim.components[comp];
  const draw = (mean: number) => mean * standardExponential(rng);
  const up = (): void => {
    sim.at(sim.now + draw(failures.mtbf), () => {
      component.applyFault("crash", instance, 0, true);
      sim.at(sim.now + draw(failures.mttr), () => {
        component.applyFault("crash", instance, 0, false);
        up();
      });
    });
  };
  up();
}

/** "crash app#1 at 60 s", "slow db ×5 at 30 s", "partition web → db at 10 s". */
function describeFault(fault: Fault): string {
  const where = fault.instance === undefined ? fault.target : `${fault.target}#${fault.instance}`;
  const what =
    fault.kind === "slow"
      ? `slow ${where} ×${fault.factor}`
      : fault.kind === "errors"
        ? `errors ${where} ${fault.rate * 100}%`
        : fault.kind === "partition"
          ? `partition ${fault.from} → ${fault.target}`
          : fault.kind === "zone"
            ? `zone ${fault.target} down`
            : `crash ${where}`;
  return `${what} at ${fault.at} s`;
}

/** Every class any client sends, in order of first appearance; "default" when none is named. */
function classTable(components: Component[]): string[] {
  const names: string[] = [];
  for (const c of components) {
    if (c.type !== "client") continue;
    for (const m of c.mix) if (!names.includes(m.class)) names.push(m.class);
  }
  return names.length > 0 ? names : ["default"];
}

function serviceFor(spec: ServerSpec, cls: string): Dist {
  const service = spec.service;
  if ("dist" in service) return service as Dist;
  const byClass = service as Record<string, Dist>;
  return byClass[cls] ?? byClass.default ?? Object.values(byClass)[0];
}

/** A balancer target with replicas counts as that many backends. */
function backendsOf(
  components: Component[],
  index: Map<string, number>,
  id: string,
  weight: number,
  headroom: number,
): Backend[] {
  const comp = index.get(id)!;
  const spec = components[comp];
  if (spec.type !== "server") return [{ comp, inst: -1, weight, name: id }];
  // A server of one replica keeps its plain name, whatever replicas are added to it later.
  return Array.from({ length: maxReplicas(components, spec, headroom) }, (_, i) => ({
    comp,
    inst: i,
    weight,
    name: spec.replicas === 1 && i === 0 ? id : `${id}#${i}`,
  }));
}

function isZero(dist: Dist): boolean {
  return dist.dist === "const" && dist.value === 0;
}

/** Whether a call's target holds its callers when full (backpressure) instead of rejecting. */
function blocksWhenFull(components: readonly Component[], id: string): boolean {
  const target = components.find((c) => c.id === id);
  return (target?.type === "server" || target?.type === "queue") && target.whenFull === "block";
}
