/**
 * A database's connection pool is an M/M/c queue when queries arrive as a Poisson stream and
 * take exponential times: the mean wait for a connection and the mean number waiting follow
 * Erlang C (c = 3 connections, λ = 2.4/s, mean query 1 s, so ρ = 0.8).
 */
import { describe, it } from "vitest";
import type { Database } from "../../src/scenario/types";
import { mmc } from "../../src/theory";
import { exp, openClient, scenario } from "../sim/scenarios";
import { component, estimate, expectCovers, replicate } from "./support";

const pool: Database = {
  type: "database",
  id: "db",
  connections: 3,
  queue: Number.POSITIVE_INFINITY,
  read: exp(1),
  write: exp(1),
  shards: 1,
};

describe("database connection pool", () => {
  const runs = replicate(
    scenario({ duration: 20000, warmup: 1000, components: [openClient("users", "db", 2.4), pool] }),
    "validation/db-pool",
    10,
  );
  const theory = mmc(2.4, 1, 3);

  it("waits for a connection as long as Erlang C says", () => {
    expectCovers(
      "Wq",
      estimate(runs, (r) => component(r, "db").meanWait),
      theory.meanWait,
    );
  });

  it("keeps as many queries waiting as Erlang C says", () => {
    expectCovers(
      "Lq",
      estimate(runs, (r) => component(r, "db").meanQueue),
      theory.meanQueue,
    );
  });
});
