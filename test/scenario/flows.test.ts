import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, layered, warningsOf } from "./documents";

const exp = { dist: "exp", mean: 0.01 };

/** users → web ⇄ db, where db's call back to web may apply to one class only. */
function pingPong(when?: string): Doc {
  return {
    version: 1,
    name: "ping-pong",
    duration: 60,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 10 },
        target: "web",
        mix: [
          { class: "read", weight: 9 },
          { class: "write", weight: 1 },
        ],
      },
      { id: "web", type: "server", service: exp, calls: [{ target: "db", when: "write" }] },
      {
        id: "db",
        type: "server",
        service: exp,
        calls: [when === undefined ? { target: "web" } : { target: "web", when }],
      },
    ],
  };
}

describe("call cycles", () => {
  it("reports a cycle at the call that closes it, naming the components on it", () => {
    expect(errorsOf(pingPong())).toEqual([
      'components[2].calls[0].target: call cycle web → db → web would never end (requests of class "write")',
    ]);
  });

  it("does not report a cycle that no single class can follow", () => {
    expect(parseScenario(pingPong("read")).ok).toBe(true);
  });

  it("reports a cycle that one class follows", () => {
    expect(errorsOf(pingPong("write"))).toEqual([
      'components[2].calls[0].target: call cycle web → db → web would never end (requests of class "write")',
    ]);
  });

  it("reports a server calling itself", () => {
    const doc = edit(layered(), "components.3.calls", [{ target: "db", mode: "async" }]);
    expect(errorsOf(doc)).toEqual([
      "components[3].calls[0].target: call cycle db → db would never end",
    ]);
  });

  it("reports a cycle through a load balancer", () => {
    const doc = edit(layered(), "components.3.calls", [{ target: "lb" }]);
    expect(errorsOf(doc)).toEqual([
      "components[3].calls[0].target: call cycle lb → web → db → lb would never end",
    ]);
  });

  it("reports a cycle once, even when several clients and classes reach it", () => {
    const doc = edit(layered(), "components.3.calls", [{ target: "web" }]);
    const users = doc.components as Doc[];
    users.push({
      id: "admins",
      type: "client",
      workload: { kind: "open", rate: 1 },
      target: "web",
    });
    edit(doc, "components.0.mix", [
      { class: "a", weight: 1 },
      { class: "b", weight: 1 },
    ]);
    expect(errorsOf(doc)).toEqual([
      "components[3].calls[0].target: call cycle web → db → web would never end",
    ]);
  });

  it("reports two separate cycles", () => {
    const doc = edit(layered(), "components.3.calls", [{ target: "db" }, { target: "web" }]);
    expect(errorsOf(doc)).toEqual([
      "components[3].calls[0].target: call cycle db → db would never end",
      "components[3].calls[1].target: call cycle web → db → web would never end",
    ]);
  });

  it("ignores a cycle that no client reaches", () => {
    const doc = layered();
    (doc.components as Doc[]).push(
      { id: "x", type: "server", service: exp, calls: [{ target: "y" }] },
      { id: "y", type: "server", service: exp, calls: [{ target: "x" }] },
    );
    expect(parseScenario(doc).ok).toBe(true);
  });

  it("refuses a chain of 20,000 servers by the component limit, before any walk could overflow", () => {
    const doc = layered();
    const chain: Doc[] = [];
    for (let i = 0; i < 20_000; i++)
      chain.push({ id: `s${i}`, type: "server", service: exp, calls: [{ target: `s${i + 1}` }] });
    chain.push({ id: "s20000", type: "server", service: exp, calls: [{ target: "s0" }] });
    edit(doc, "components.3.calls", [{ target: "s0" }]);
    (doc.components as Doc[]).push(...chain);
    expect(errorsOf(doc)).toEqual([
      "components: holds 20005 components; at most 1000 can be simulated",
    ]);
  });

  it("stops reporting after 100 cycles, saying so", () => {
    const doc = layered();
    const servers: Doc[] = [];
    for (let i = 0; i < 150; i++) {
      servers.push({
        id: `s${i}`,
        type: "server",
        service: exp,
        calls: [{ target: `s${i + 1}` }, { target: "s0" }],
      });
    }
    servers.push({ id: "s150", type: "server", service: exp });
    edit(doc, "components.3.calls", [{ target: "s0" }]);
    (doc.components as Doc[]).push(...servers);
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toBe("components: more than 100 call cycles; only the first are reported");
  });
});

describe("per-class service maps", () => {
  it("warns when a class that reaches a server has no entry and there is no default", () => {
    const doc = pingPong("read");
    edit(doc, "components.1.service", { read: exp });
    expect(warningsOf(doc)).toEqual([
      'components[1].service: no entry for class "write" (sent by "users") and no "default" entry',
    ]);
  });

  it("does not warn about a class that never reaches the server", () => {
    const doc = pingPong("read");
    edit(doc, "components.2.service", { write: exp });
    expect(warningsOf(doc)).toEqual([]);
  });

  it("does not warn when the map has a default entry", () => {
    const doc = pingPong("read");
    edit(doc, "components.1.service", { default: exp });
    expect(warningsOf(doc)).toEqual([]);
  });
});

describe("when", () => {
  it("warns about a call for a class no client sends, suggesting the closest class", () => {
    const doc = pingPong("read");
    edit(doc, "components.1.calls.0.when", "wirte");
    expect(warningsOf(doc)).toEqual([
      'components[1].calls[0].when: no client sends class "wirte", so this call is never made; did you mean "write"?',
    ]);
  });
});
