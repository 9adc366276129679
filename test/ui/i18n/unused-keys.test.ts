/**
 * Every key of the catalogue is used somewhere: a key no source file names is a string nobody
 * reads, and usually a typo or a leftover. A key counts as used when a source file under src/
 * (outside the catalogue itself) quotes it, or builds it from a template such as
 * `failure.${kind}` whose fixed parts it fits.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../../src/ui/i18n/catalogue";

const SRC = join(import.meta.dirname, "../../../src");
const MESSAGES = join(SRC, "ui/i18n/messages");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === MESSAGES ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const code = sources(SRC).map((path) => readFileSync(path, "utf8"));
const quoted = new Set<string>();
const templates: RegExp[] = [];
for (const text of code) {
  for (const m of text.matchAll(/"([\w.-]+)"|'([\w.-]+)'/g)) quoted.add(m[1] ?? m[2]);
  // A template with a placeholder, `prefix.${…}.suffix`: its fixed parts must match the key.
  for (const m of text.matchAll(/`([\w.-]*(?:\$\{[^}`]*\}[\w.-]*)+)`/g)) {
    const parts = m[1].split(/\$\{[^}]*\}/).map((part) => part.replace(/[.]/g, "\\."));
    if (parts[0] === "") continue;
    templates.push(new RegExp(`^${parts.join("[\\w-]+")}$`));
  }
}

function used(key: string): boolean {
  return quoted.has(key) || templates.some((template) => template.test(key));
}

describe("the catalogue", () => {
  it("finds keys by quote and by template", () => {
    expect(used("help.heading")).toBe(true);
    expect(used("no.such.key")).toBe(false);
  });

  it("has no key that no source file uses", () => {
    expect(Object.keys(CATALOGUES.en).filter((key) => !used(key))).toEqual([]);
  });
});
