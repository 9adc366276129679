import type { Autoscaler as AutoscalerSpec } from "../../scenario/types";
import { SimComponent } from "../kernel/component";
import type { Simulation } from "../kernel/simulation";
import { TimeWeighted } from "../metrics/time-weighted";
import { FIELD } from "../probe-fields";
import type { ComponentSummary } from "../summary";
import type { Server } from "./server";
import { ABSENT, READY, WARMING } from "./worker-pool";

const EV_DECIDE = 0;
const EV_READY = 1;

/** Ratios of observed to target utilisation this close to 1 change nothing (as Kubernetes). */
const TOLERANCE = 0.1;

/**
 * Keeps a server's utilisation near a target, as Kubernetes' horizontal pod autoscaler does:
 * every `interval` it measures the utilisation of the last interval and asks for
 * ceil(replicas × observed / target) replicas, within [min, max]. New replicas cost at once but
 * take traffic only after `warmup`; removed ones finish what they hold. After a change it waits
 * `cooldown`. The lag between a load step and the capacity to meet it is the lesson: latency
 * rises first and recovers only once the new replicas are warm.
 */
export class Autoscaler extends SimComponent {
  scaleOuts = 0;
  scaleIns = 0;
  /** Replicas in existence over time (warming ones included). */
  readonly replicas = new TimeWeighted();
  private readonly sim: Simulation;
  private readonly spec: AutoscalerSpec;
  private readonly server: Server;
  private lastChange = Number.NEGATIVE_INFINITY;
  private lastAreas = { busy: 0, capacity: 0 };
  private base = { scaleOuts: 0, scaleIns: 0 };
  private maxReplicas = 0;
  /** Crash faults in force: a crashed autoscaler makes no decisions (replicas stay as they are). */
  private crashes = 0;

  constructor(sim: Simulation, index: number, spec: AutoscalerSpec, server: Server) {
    super(index, spec.id);
    this.sim = sim;
    this.spec = spec;
    this.server = server;
  }

  begin(): void {
    this.replicas.set(0, this.server.replicas);
    this.maxReplicas = this.server.replicas;
    this.sim.schedule(this.spec.interval, this.index, EV_DECIDE, 0, 0);
  }

  override arrive(_job: number): void {
    throw new Error(`engine bug: a request was sent to autoscaler ${this.id}`);
  }

  override returned(_job: number, _outcome: number): void {
    throw new Error(`engine bug: autoscaler ${this.id} makes no calls`);
  }

  override fire(kind: number, a: number): void {
    if (kind === EV_DECIDE) {
      if (this.crashes === 0) this.decide();
      this.sim.schedule(this.spec.interval, this.index, EV_DECIDE, 0, 0);
    } else if (kind === EV_READY && this.server.presenceOf(a) === WARMING) {
      this.server.setPresence(a, READY);
    }
  }

  override isUp(): boolean {
    return this.crashes === 0;
  }

  /** Only a crash means anything to an autoscaler: it stops deciding until it is back. */
  override applyFault(
    kind: "crash" | "slow" | "errors",
    _instance: number,
    _value: number,
    on: boolean,
  ): void {
    if (kind === "crash") this.crashes += on ? 1 : -1;
  }

  override resetStatistics(): void {
    this.replicas.reset(this.sim.now);
    this.base = { scaleOuts: this.scaleOuts, scaleIns: this.scaleIns };
    this.maxReplicas = this.server.replicas;
  }

  override summarize(): ComponentSummary {
    return {
      meanReplicas: this.replicas.mean(this.sim.now),
      maxReplicas: this.maxReplicas,
      scaleOuts: this.scaleOuts - this.base.scaleOuts,
      scaleIns: this.scaleIns - this.base.scaleIns,
    };
  }

  override probe(_now: number, out: Float64Array, offset: number): void {
    out[offset + FIELD.instances] = this.server.replicas;
  }

  private decide(): void {
    const areas = this.server.utilizationAreas();
    const capacity = areas.capacity - this.lastAreas.capacity;
    const observed = capacity > 0 ? (areas.busy - this.lastAreas.busy) / capacity : 0;
    this.lastAreas = areas;
    if (this.sim.now - this.lastChange < this.spec.cooldown) return;
    const current = this.server.replicas;
    const ratio = observed / this.spec.targetValue;
    if (Math.abs(ratio - 1) <= TOLERANCE) return;
    const desired = Math.min(this.spec.max, Math.max(this.spec.min, Math.ceil(current * ratio)));
    if (desired > current) this.scaleOut(desired - current);
    else if (desired < current) this.scaleIn(current - desired);
  }

  private scaleOut(count: number): void {
    let added = 0;
    for (let i = 0; i < this.server.instanceCount && added < count; i++) {
      if (this.server.presenceOf(i) !== ABSENT) continue;
      this.server.setPresence(i, WARMING);
      this.sim.schedule(this.spec.warmup, this.index, EV_READY, i, 0);
      added++;
    }
    this.changed(added);
    this.scaleOuts++;
  }

  /** Removes the newest replicas first. */
  private scaleIn(count: number): void {
    let removed = 0;
    for (let i = this.server.instanceCount - 1; i >= 0 && removed < count; i--) {
      if (this.server.presenceOf(i) === ABSENT) continue;
      this.server.setPresence(i, ABSENT);
      removed++;
    }
    this.changed(-removed);
    this.scaleIns++;
  }

  private changed(delta: number): void {
    this.lastChange = this.sim.now;
    this.replicas.add(this.sim.now, delta);
    if (this.replicas.value > this.maxReplicas) this.maxReplicas = this.replicas.value;
  }
}
