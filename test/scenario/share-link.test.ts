import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { encodeBase64url } from "../../src/scenario/base64url";
import { parseScenario } from "../../src/scenario/parse";
import { SHARE_DICTIONARY_V1 } from "../../src/scenario/share-dictionary";
import {
  type DecodedShareLink,
  decodeShareLink,
  encodeShareLink,
  isShareLink,
  MAX_INFLATED_BYTES,
  type ScenarioDocument,
} from "../../src/scenario/share-link";
import { fnv1a64 } from "../../src/sim/fingerprint";
import { propertyRuns } from "../property-runs";
import { validScenario } from "./arbitraries";
import { minimal } from "./documents";

const MODELS = join(import.meta.dirname, "../../models");
const presets: ScenarioDocument[] = readdirSync(MODELS)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(MODELS, f), "utf8")));

/** A link whose payload is any bytes we like, deflated as the codec would. */
function linkOf(text: string, version = 1): string {
  const packed = deflateSync(new TextEncoder().encode(text), {
    level: 9,
    dictionary: SHARE_DICTIONARY_V1,
  });
  return `#s=${version}.${encodeBase64url(packed)}`;
}

const DICTIONARY_HASH = "2ecf0cc6ce0796d2";

const REASONS = [
  "not-a-link",
  "newer-version",
  "damaged",
  "too-large",
  "not-json",
  "not-a-scenario",
  "invalid-scenario",
];

function expectWellFormed(result: DecodedShareLink): void {
  if (result.ok) expect(typeof result.scenario).toBe("object");
  else expect(REASONS).toContain(result.reason);
}

/** JSON is what a link carries: -0 comes back as 0, and nothing else changes. */
const asJson = (doc: unknown) => JSON.parse(JSON.stringify(doc));

/** A typical ten-component system, with a lesson as long as the presets' lessons. */
function tenComponents(): ScenarioDocument {
  const server = (id: string, x: number, extra: object = {}) => ({
    id,
    type: "server",
    label: id.toUpperCase(),
    workers: 8,
    queue: 100,
    service: { dist: "lognormal", mean: 0.02, cv: 1 },
    position: { x, y: 220 },
    ...extra,
  });
  return {
    version: 1,
    name: "Ten components: shop with cache, replicas and a queue",
    description:
      "Shoppers reach a CDN, then a balancer in front of web servers that read through a cache to a replicated database and publish orders to a queue worked by a fulfilment service.",
    seed: "workshop-7",
    duration: 300,
    warmup: 30,
    components: [
      {
        id: "users",
        type: "client",
        label: "Shoppers",
        workload: { kind: "open", rate: 200, schedule: [{ at: 120, rate: 320 }] },
        target: "cdn",
        mix: [
          { class: "read", weight: 9 },
          { class: "write", weight: 1 },
        ],
        keys: { count: 10000, zipf: 1.1 },
        timeout: 2,
        retry: { max: 2, backoff: 0.1, jitter: true },
        position: { x: 40, y: 220 },
      },
      {
        id: "cdn",
        type: "cdn",
        hitRatio: 0.6,
        hit: { dist: "exp", mean: 0.005 },
        origin: "lb",
        position: { x: 160, y: 220 },
      },
      {
        id: "lb",
        type: "loadbalancer",
        algorithm: "least-connections",
        targets: ["web"],
        healthCheck: { interval: 2 },
        position: { x: 280, y: 220 },
      },
      server("web", 400, {
        replicas: 3,
        calls: [
          { target: "cache", timeout: 1 },
          { target: "orders", when: "write", mode: "async" },
        ],
      }),
      {
        id: "cache",
        type: "cache",
        capacity: 2000,
        ttl: 60,
        hit: { dist: "const", value: 0.001 },
        backend: "db",
        position: { x: 520, y: 120 },
      },
      {
        id: "db",
        type: "database",
        connections: 20,
        read: { dist: "exp", mean: 0.01 },
        write: { dist: "exp", mean: 0.03 },
        replicas: { count: 2, lag: { dist: "exp", mean: 0.5 } },
        position: { x: 640, y: 120 },
      },
      {
        id: "orders",
        type: "queue",
        capacity: 5000,
        consumers: { count: 4, service: { dist: "exp", mean: 0.05 }, target: "fulfil" },
        position: { x: 520, y: 320 },
      },
      server("fulfil", 640, { calls: [{ target: "payments", timeout: 2 }] }),
      server("payments", 760, { workers: 4 }),
      {
        id: "scaler",
        type: "autoscaler",
        target: "web",
        min: 3,
        max: 8,
        position: { x: 400, y: 400 },
      },
    ],
    faults: [{ at: 150, target: "db", kind: "slow", factor: 4, duration: 30 }],
    lesson: {
      goal: "Follow one traffic step through every layer and find which one bends first.",
      try: [
        "Kill one web replica at 100 s: does the balancer's health check save the p99?",
        "Drop the cache's capacity to 200: watch the database's read replicas fill.",
        "Halve the fulfilment workers: the queue absorbs the burst, but for how long?",
      ],
      question: "When the database slows at 150 s, which queue grows first: web, cache or orders?",
    },
  };
}

describe("share links", () => {
  it("round-trips every preset, seed included", () => {
    for (const doc of presets) {
      const link = encodeShareLink({ scenario: doc });
      expect(link.startsWith("#s=1.")).toBe(true);
      expect(decodeShareLink(link)).toEqual({ ok: true, scenario: doc });
    }
  });

  it("fits a typical ten-component scenario in 2,000 characters", () => {
    const link = encodeShareLink({ scenario: tenComponents() });
    expect(decodeShareLink(link).ok).toBe(true);
    expect(link.length).toBeLessThan(2000);
  });

  it("reads format 1 with exactly the dictionary it was written with", () => {
    // Editing the dictionary would make every link already shared unreadable.
    expect(SHARE_DICTIONARY_V1.length).toBe(2725);
    expect(fnv1a64(SHARE_DICTIONARY_V1)).toBe(DICTIONARY_HASH);
  });

  it("round-trips any valid scenario (property)", () => {
    fc.assert(
      fc.property(validScenario, (doc) => {
        const decoded = decodeShareLink(encodeShareLink({ scenario: doc }));
        expect(decoded).toEqual({ ok: true, scenario: asJson(doc) });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it("round-trips presets with names, seeds and numbers edited (property)", () => {
    const edit = fc.record({
      preset: fc.constantFrom(...presets),
      name: fc.string({ minLength: 1, maxLength: 60, unit: "binary" }),
      seed: fc.string({ maxLength: 20, unit: "grapheme" }),
      duration: fc.double({ min: 1, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(edit, ({ preset, name, seed, duration }) => {
        const doc = { ...preset, name, seed, duration };
        const decoded = decodeShareLink(encodeShareLink({ scenario: doc }));
        // An edit the validator refuses (a blank name) makes a link the decoder refuses too.
        if (parseScenario(doc).ok) expect(decoded).toEqual({ ok: true, scenario: asJson(doc) });
        else expect(decoded).toMatchObject({ ok: false, reason: "invalid-scenario" });
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it("carries variants for a comparison beside the scenario", () => {
    const b = { ...minimal(), name: "B" };
    const content = { scenario: minimal(), variants: [{ name: "B", scenario: b }] };
    expect(decodeShareLink(encodeShareLink(content))).toEqual({ ok: true, ...content });
    expect(decodeShareLink(linkOf(JSON.stringify({ scenario: minimal(), variants: 3 })))).toEqual({
      ok: false,
      reason: "not-a-scenario",
      detail: "variants is not a list",
    });
  });

  it("accepts a whole URL and tells a share link from another fragment", () => {
    const link = encodeShareLink({ scenario: minimal() });
    expect(decodeShareLink(`https://example.org/archsim/${link}`).ok).toBe(true);
    expect(decodeShareLink(link.slice(1)).ok).toBe(true);
    expect(isShareLink(link)).toBe(true);
    expect(isShareLink("#help")).toBe(false);
    expect(decodeShareLink("#help")).toEqual({ ok: false, reason: "not-a-link" });
    expect(decodeShareLink("")).toEqual({ ok: false, reason: "not-a-link" });
  });

  it("refuses a link of a newer format, saying which", () => {
    expect(decodeShareLink(linkOf(JSON.stringify({ scenario: minimal() }), 2))).toEqual({
      ok: false,
      reason: "newer-version",
      version: 2,
    });
    expect(decodeShareLink("#s=9.anything")).toEqual({
      ok: false,
      reason: "newer-version",
      version: 9,
    });
  });

  it("calls a garbled, cut or mis-versioned link damaged", () => {
    const link = encodeShareLink({ scenario: minimal() });
    for (const bad of [
      "#s=1.",
      "#s=1.garbage!!",
      "#s=1.AAAA",
      "#s=",
      "#s=x.abc",
      "#s=0.abc",
      link.slice(0, link.length - 10),
      `${link.slice(0, 20)}é${link.slice(21)}`,
    ]) {
      expect(decodeShareLink(bad), bad).toEqual({ ok: false, reason: "damaged" });
    }
  });

  it("stops a decompression bomb at the size cap", () => {
    const bomb = linkOf(`{"scenario":{"name":"${"a".repeat(20_000_000)}"}}`);
    expect(bomb.length).toBeLessThan(40_000);
    expect(decodeShareLink(bomb)).toEqual({
      ok: false,
      reason: "too-large",
      limitBytes: MAX_INFLATED_BYTES,
    });
  });

  it("refuses text that is not JSON, JSON that is not a scenario, and an invalid scenario", () => {
    expect(decodeShareLink(linkOf("not json"))).toEqual({ ok: false, reason: "not-json" });
    expect(decodeShareLink(linkOf("[1,2]"))).toMatchObject({ reason: "not-a-scenario" });
    expect(decodeShareLink(linkOf('{"name":"x"}'))).toMatchObject({ reason: "not-a-scenario" });
    const invalid = decodeShareLink(linkOf(JSON.stringify({ scenario: { version: 1 } })));
    expect(invalid.ok).toBe(false);
    if (invalid.ok || invalid.reason !== "invalid-scenario") throw new Error("expected issues");
    expect(invalid.issues.map((i) => i.path)).toContain("name");
  });

  it("keeps a hostile name as data", () => {
    const doc = { ...minimal(), name: "<img src=x onerror=alert(1)>" };
    expect(decodeShareLink(encodeShareLink({ scenario: doc }))).toEqual({
      ok: true,
      scenario: doc,
    });
  });

  it("never throws on random text, truncations or bit flips of valid links (fuzz)", () => {
    const links = presets.map((doc) => encodeShareLink({ scenario: doc }));
    const mangled = fc.oneof(
      fc.string({ maxLength: 300, unit: "binary" }).map((s) => `#s=1.${s}`),
      fc.string({ maxLength: 300 }),
      fc
        .tuple(fc.constantFrom(...links), fc.nat())
        .map(([link, n]) => link.slice(0, n % link.length)),
      fc.tuple(fc.constantFrom(...links), fc.nat(), fc.nat(5)).map(([link, n, bit]) => {
        const i = 5 + (n % (link.length - 5));
        const flipped = String.fromCharCode(link.charCodeAt(i) ^ (1 << bit));
        return link.slice(0, i) + flipped + link.slice(i + 1);
      }),
    );
    fc.assert(
      fc.property(mangled, (link) => expectWellFormed(decodeShareLink(link))),
      { numRuns: propertyRuns(2000) },
    );
  });
});
