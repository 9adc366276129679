import type { Simulation } from "./kernel/simulation";

/**
 * A zone outage: every instance of each component in the zone crashes at `at` and comes back at
 * `end`, as a power cut in one data centre takes down whatever runs there and no more. The
 * scheduled `zone` fault and the live what-if are both one of these, so a what-if at a given
 * time gives the numbers the same fault scheduled at that time gives.
 *
 * Each member goes down and comes back in its own engine event, in the order the scenario lists
 * the members. A live outage can end early (`restore`): it brings back now what it took down,
 * and its later events change nothing. Crashes nest, so an outage brings back only what it took
 * down, never an instance another fault still holds down.
 */
export class ZoneOutage {
  /** Whether each member is down by this outage. */
  private readonly down: Uint8Array;
  private over = false;

  constructor(
    private readonly sim: Simulation,
    private readonly members: readonly number[],
    at: number,
    private readonly end: number,
  ) {
    this.down = new Uint8Array(members.length);
    for (let m = 0; m < members.length; m++) {
      sim.at(at, () => this.takeDown(m));
      sim.at(end, () => this.bringBack(m));
    }
  }

  /** Whether it is still to end: not restored, and its end is ahead of the clock. */
  get inForce(): boolean {
    return !this.over && this.sim.now < this.end;
  }

  /** Ends the outage now: members it took down come back, and none goes down later. */
  restore(): void {
    this.over = true;
    for (let m = 0; m < this.members.length; m++) this.bringBack(m);
  }

  private takeDown(m: number): void {
    if (this.over) return;
    this.down[m] = 1;
    this.sim.components[this.members[m]].applyFault("crash", -1, 0, true);
  }

  private bringBack(m: number): void {
    if (this.down[m] === 0) return;
    this.down[m] = 0;
    this.sim.components[this.members[m]].applyFault("crash", -1, 0, false);
  }
}
