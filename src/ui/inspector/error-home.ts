/**
 * Which box of the inspector's form an error belongs to, from the paths alone: the form's boxes
 * and rows carry the path the validator prints for their field (form-parts.ts), so an error at
 * `components[0].workload.mmpp.calm` finds the box of `…mmpp.calm`.
 */

/** Whether `path` is `p` or inside it: `a.b[2]` is inside `a.b` and `a`, not inside `a.bc`. */
export function inside(path: string, p: string): boolean {
  return path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`);
}

/**
 * The index in `targets` (the form's paths, in the page's order) of the box for an error at
 * `path` in the form of the component at `at`, or -1 for the list at the top of the form. The
 * deepest field the path is in wins (a Dist's `mean` rather than the Dist; on a tie the later
 * one, since a row's box comes after the row). An error at something the form shows only the
 * insides of (a missing `workload.mmpp`, whose three numbers the form asks for) goes to the first
 * of them; one at the component itself stays at the top.
 */
export function errorHome(path: string, targets: readonly string[], at: string): number {
  let best = -1;
  targets.forEach((p, i) => {
    if (inside(path, p) && p.length >= (best < 0 ? 0 : targets[best].length)) best = i;
  });
  if (best >= 0 || path === at) return best;
  return targets.findIndex((p) => inside(p, path));
}
