import { describe, expect, it } from "vitest";
import { type Doc, edit, errorsOf, layered } from "./documents";

describe("references", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a duplicate id",
      (d) => {
        (d.components as Doc[]).push({
          id: "web",
          type: "server",
          service: { dist: "const", value: 1 },
        });
        return d;
      },
      'components[4].id: duplicate id "web" (also components[2])',
    ],
    [
      "a client target that does not exist, with a suggestion",
      (d) => edit(d, "components.0.target", "lbb"),
      'components[0].target: no component has id "lbb"; did you mean "lb"?',
    ],
    [
      "a load balancer target that does not exist",
      (d) => edit(d, "components.1.targets", ["web", "api"]),
      'components[1].targets[1]: no component has id "api"',
    ],
    [
      "a load balancer target object that does not exist",
      (d) => edit(d, "components.1.targets", [{ id: "wbe", weight: 2 }]),
      'components[1].targets[0].id: no component has id "wbe"; did you mean "web"?',
    ],
    [
      "a call to a component that does not exist",
      (d) => edit(d, "components.2.calls.0.target", "dbs"),
      'components[2].calls[0].target: no component has id "dbs"; did you mean "db"?',
    ],
    [
      "a client targeting a client",
      (d) => edit(d, "components.0.target", "users"),
      'components[0].target: "users" is a client; clients send requests, they do not receive them',
    ],
    [
      "a load balancer targeting a client",
      (d) => edit(d, "components.1.targets", ["users"]),
      'components[1].targets[0]: "users" is a client; clients send requests, they do not receive them',
    ],
    [
      "a server calling a client",
      (d) => edit(d, "components.2.calls.0.target", "users"),
      'components[2].calls[0].target: "users" is a client; clients send requests, they do not receive them',
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(layered()))).toEqual([expected]);
  });

  it("refuses a call to an autoscaler, which does not receive requests", () => {
    const doc = edit(layered(), "components.3", {
      id: "db",
      type: "autoscaler",
      target: "web",
      max: 4,
    });
    expect(errorsOf(doc)).toEqual([
      'components[2].calls[0].target: "db" is an autoscaler; it scales a server and does not receive requests',
    ]);
  });
});
