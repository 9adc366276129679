/**
 * Where the keyboard's focus goes when the lesson panel is drawn anew under it: the control the
 * user pressed, if it is still there and usable; else the next sensible one (after Apply, the
 * reveal-now button while the figures are measured, then the reveal itself), so that
 * focus never drops to the page's <body> and a keyboard user does not start again from the top.
 */

/**
 * Per control that disappears (or is disabled) when pressed, where to go next, first match
 * wins: while the figures are measured, the line that says so, until the reveal replaces it.
 */
const NEXT: Record<string, string[]> = {
  "apply-and-reveal": ["reveal-now", "reveal", "reveal-failed", "measuring"],
  "reveal-now": ["reveal", "reveal-failed", "measuring"],
  measuring: ["reveal", "reveal-failed", "measuring"],
};

/** The `data-testid` of the focused element if it is inside `panel`, before a redraw. */
export function focusedIn(panel: HTMLElement): string | null {
  const active = panel.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !panel.contains(active)) return null;
  return active.closest<HTMLElement>("[data-testid]")?.dataset.testid ?? null;
}

/** After a redraw: focuses where `was` (focusedIn's answer) should lead, if anywhere. */
export function restoreFocus(panel: HTMLElement, was: string | null): void {
  if (was === null) return;
  // The measuring line is a waypoint: the reveal, once there, comes before it.
  const order = was === "measuring" ? (NEXT[was] ?? []) : [was, ...(NEXT[was] ?? [])];
  for (const id of order) {
    const target = panel.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (target === null || (target as HTMLButtonElement).disabled) continue;
    // A region (the reveal) takes focus from script only, not as a Tab stop.
    if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.tabIndex = -1;
    target.focus();
    return;
  }
  // Nothing of the kind: the panel's first control rather than the page's <body>.
  panel.querySelector<HTMLElement>("button:not(:disabled)")?.focus();
}

/**
 * After a lesson is loaded from the gallery: in presenter mode its first choice or try (what the
 * trainer does next), else the topology's first card; drawn on the next frame, after the load.
 */
export function focusAfterLoad(workspace: HTMLElement, presenting: boolean): void {
  requestAnimationFrame(() => {
    const lesson = workspace.querySelector<HTMLElement>('[data-view="lesson"]');
    const target = presenting
      ? lesson?.querySelector<HTMLElement>(
          '[data-testid^="choice-"]:not(:disabled), [data-testid^="try-"]:not(:disabled)',
        )
      : workspace.querySelector<HTMLElement>('[data-view="topology"] .node');
    target?.focus();
  });
}
