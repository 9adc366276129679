/** File names for what the page saves: the scenario's name made safe for any file system. */

/** `Retry storm (v2)` → `retry-storm-v2`; `scenario` when nothing usable is left. */
export function fileStem(name: string, fallback = "scenario"): string {
  const stem = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem === "" ? fallback : stem;
}
