import { classPriorities, hasPriorities } from "../scenario/priorities";
import type { Component } from "../scenario/types";

/** What a worker pool needs of class priorities: each global class's level, 0 the most urgent. */
export interface PriorityLevels {
  levelOf: Int32Array;
  levels: number;
}

/**
 * The distinct priorities of the scenario's classes, most urgent first, as levels per global
 * class index; undefined when every class has the same priority, so nothing is reordered and
 * the pools keep their plain first-come queues.
 */
export function priorityLevels(
  components: readonly Component[],
  classes: readonly string[],
): PriorityLevels | undefined {
  const priorities = classPriorities(components);
  if (!hasPriorities(priorities)) return undefined;
  const distinct = [...new Set(priorities.values())].sort((a, b) => b - a);
  const levelOf = Int32Array.from(classes, (name) => distinct.indexOf(priorities.get(name) ?? 0));
  return { levelOf, levels: distinct.length };
}
