/**
 * Predict-then-reveal, as a small state machine: the room picks a choice, the change is applied
 * and the new run measured, and the answer is revealed with the figure before and after. Pure:
 * the presenter feeds it clicks and summaries and renders what it returns.
 */

/** A figure measured on one run; `partial` when that run had not reached its end. */
export interface Measured {
  value: number;
  partial: boolean;
  /** Simulated seconds the run had covered. */
  time: number;
}

export type Reveal =
  | { phase: "asking"; picked: number | null }
  | { phase: "measuring"; picked: number; before: Measured }
  | { phase: "revealed"; picked: number; before: Measured; after: Measured };

export const ASKING: Reveal = { phase: "asking", picked: null };

/** The room's choice; it can change its mind until the change is applied. */
export function pick(state: Reveal, choice: number): Reveal {
  return state.phase === "asking" ? { phase: "asking", picked: choice } : state;
}

/** The change is applied: the figure of the run so far is the "before". */
export function applied(state: Reveal, before: Measured): Reveal {
  if (state.phase !== "asking" || state.picked === null) return state;
  return { phase: "measuring", picked: state.picked, before };
}

/** A summary of the new run: revealed once it covers the whole run, or at once when `now`. */
export function measured(state: Reveal, after: Measured, now = false): Reveal {
  if (state.phase !== "measuring" || (after.partial && !now)) return state;
  return { phase: "revealed", picked: state.picked, before: state.before, after };
}
