import { describe, expect, it } from "vitest";
import {
  parseParamPath,
  pathProblemText,
  type Segment,
  setParam,
} from "../../../src/sim/sweep/path";

const DOC = {
  version: 1,
  duration: 60,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "app" },
    { id: "app", type: "server", workers: 2, service: { dist: "exp", mean: 0.05 } },
  ],
};

function segments(text: string): Segment[] {
  const parsed = parseParamPath(text);
  if (!parsed.ok) throw new Error(pathProblemText(parsed.problem));
  return parsed.segments;
}

describe("parseParamPath", () => {
  it("reads dotted fields and [i] indices", () => {
    expect(segments("components[0].workload.rate")).toEqual([
      { field: "components" },
      { index: 0 },
      { field: "workload" },
      { field: "rate" },
    ]);
    expect(segments("components.app.calls[1].timeout")).toHaveLength(5);
  });

  it("refuses anything else with an example of the syntax", () => {
    for (const bad of ["", "components..app", "components.app.", "a[b]", "a b"]) {
      const parsed = parseParamPath(bad);
      expect(parsed.ok ? "" : pathProblemText(parsed.problem)).toBe(
        `--param '${bad}' is not a path such as components.app.workers or components[0].workload.rate`,
      );
    }
  });
});

describe("setParam", () => {
  it("sets a field of the component named by id, and says where the validator will see it", () => {
    const set = setParam(DOC, segments("components.app.workers"), 8);
    expect(set).toMatchObject({ ok: true, at: "components[1].workers" });
    if (set.ok) expect((set.document as typeof DOC).components[1]).toMatchObject({ workers: 8 });
    expect(DOC.components[1].workers).toBe(2); // the original is untouched
  });

  it("sets by index, a top-level field, and a field left to its default", () => {
    expect(setParam(DOC, segments("components[0].workload.rate"), 30)).toMatchObject({
      ok: true,
      at: "components[0].workload.rate",
      document: { components: [{ workload: { kind: "open", rate: 30 } }, {}] },
    });
    expect(setParam(DOC, segments("duration"), 5)).toMatchObject({ document: { duration: 5 } });
    expect(setParam(DOC, segments("components.app.replicas"), 3)).toMatchObject({
      ok: true,
      document: { components: [{}, { replicas: 3, workers: 2 }] },
    });
  });

  it("multiplies a workload's rate and schedule by the value at workload.scale", () => {
    const scheduled = {
      ...DOC,
      components: [
        {
          ...DOC.components[0],
          workload: { kind: "open", rate: 10, schedule: [{ at: 5, rate: 30 }] },
        },
        DOC.components[1],
      ],
    };
    expect(setParam(scheduled, segments("components.users.workload.scale"), 1.5)).toEqual({
      ok: true,
      at: "components[0].workload.scale",
      document: {
        ...scheduled,
        components: [
          {
            ...DOC.components[0],
            workload: { kind: "open", rate: 15, schedule: [{ at: 5, rate: 45 }] },
          },
          DOC.components[1],
        ],
      },
    });
    expect(setParam(DOC, segments("components[0].workload.scale"), 2)).toMatchObject({
      ok: true,
      document: { components: [{ workload: { kind: "open", rate: 20 } }, {}] },
    });
  });

  it("explains a path that does not fit the document", () => {
    const cases: [string, string][] = [
      ["components.web.workers", "no component has the id 'web'"],
      ["components[5].workers", "components has no element [5]"],
      ["components.app.retry.max", "components[1].retry does not exist"],
      [
        "components.app.service",
        'components[1].service is not a number but {"dist":"exp","mean":0.05}',
      ],
      ["components.app.workers.x", "components[1].workers is not an object"],
      [
        "components.app.workload.scale",
        "components[1].workload.scale multiplies an open workload's rate and schedule, but components[1].workload is no workload",
      ],
    ];
    for (const [path, error] of cases) {
      const set = setParam(DOC, segments(path), 1);
      expect(set.ok ? "" : pathProblemText(set.problem), path).toBe(error);
    }
  });

  it("words a closed workload it cannot scale", () => {
    const closed = { kind: "closed", users: 3 };
    const doc = { ...DOC, components: [{ ...DOC.components[0], workload: closed }] };
    const set = setParam(doc, segments("components.users.workload.scale"), 2);
    expect(set.ok ? "" : pathProblemText(set.problem)).toBe(
      'components[0].workload.scale multiplies an open workload\'s rate and schedule, but components[0].workload is a "closed" workload',
    );
  });
});
