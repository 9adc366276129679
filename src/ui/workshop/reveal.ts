/**
 * Predict-then-reveal, as a small state machine: the room picks a choice, the change is applied,
 * the figure is worked out on whole runs of the scenario before and after the change, and the
 * answer is revealed with both. The reveal waits for the live run of the change to end, unless
 * the room asks for it sooner; either way it shows the whole runs' figures, never the part of a
 * live run that had elapsed, so "before" and "after" are the two runs the answer was written
 * from. Pure: the presenter feeds it clicks, the figures and the live run's end.
 */
import type { Issue } from "../../scenario/issues";

/** A figure of one whole run: from t = 0 to its end, on its seed. */
export interface WholeRun {
  value: number;
  seed: string;
  /** Simulated seconds. */
  duration: number;
}

export interface Figures {
  before: WholeRun;
  after: WholeRun;
}

/** Why the figures could not be worked out, as data: worded when shown. */
export type RevealProblem =
  /** The scenario's text, or the text with the change, does not validate. */
  | { kind: "invalid"; issue: Issue }
  /** A batch worker failed; its message as the browser gave it. */
  | { kind: "batch"; reason: string };

export type Reveal =
  | { phase: "asking"; picked: number | null }
  /** `due` once the room asked to reveal or the live run ended: revealed when the figures come. */
  | { phase: "measuring"; picked: number; figures: Figures | null; due: boolean }
  | { phase: "revealed"; picked: number; figures: Figures }
  | { phase: "failed"; picked: number; problem: RevealProblem };

export const ASKING: Reveal = { phase: "asking", picked: null };

/** The room's choice; it can change its mind until the change is applied. */
export function pick(state: Reveal, choice: number): Reveal {
  return state.phase === "asking" ? { phase: "asking", picked: choice } : state;
}

/** The change is applied: its figures are being worked out. */
export function applied(state: Reveal): Reveal {
  if (state.phase !== "asking" || state.picked === null) return state;
  return { phase: "measuring", picked: state.picked, figures: null, due: false };
}

/** The figures are in: revealed at once if the reveal is due, else kept until it is. */
export function computed(state: Reveal, figures: Figures): Reveal {
  if (state.phase !== "measuring") return state;
  if (state.due) return { phase: "revealed", picked: state.picked, figures };
  return { ...state, figures };
}

/** The room asks for the answer, or the live run of the change ends. */
export function due(state: Reveal): Reveal {
  if (state.phase !== "measuring") return state;
  if (state.figures !== null) {
    return { phase: "revealed", picked: state.picked, figures: state.figures };
  }
  return { ...state, due: true };
}

export function failed(state: Reveal, problem: RevealProblem): Reveal {
  if (state.phase !== "measuring") return state;
  return { phase: "failed", picked: state.picked, problem };
}
