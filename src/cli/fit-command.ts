/**
 * `archsim fit latencies.csv`: fits a column of durations to const, exp, erlang, lognormal and
 * pareto, picks one by the Kolmogorov–Smirnov distance (or AIC with --criterion aic), and
 * prints every candidate, the chosen Dist ready to paste into a scenario, and a quantile table
 * of the data against the fit.
 */
import { readFileSync } from "node:fs";
import { type Criterion, type FitResult, fitSamples, quantileName } from "../fit/fit";
import { readColumn, UNIT_SECONDS, type Unit } from "../fit/samples";
import { formatterFor } from "../insights/format";
import type { Io } from "./load";
import { grid } from "./table";

export const FIT_USAGE = `Usage: archsim fit <samples.csv> [--column <n|name>] [--unit s|ms|us|ns]
                   [--criterion ks|aic] [--json]

Fits the durations in one column (the first by default; a header line is recognised) to const,
exp, erlang, lognormal and pareto by maximum likelihood and picks the family with the smallest
Kolmogorov-Smirnov distance (--criterion aic: the smallest Akaike information criterion).
--unit says what the numbers are in (s by default); the Dist printed is in seconds.
`;

export function fitCommand(args: string[], io: Io): number {
  let file: string | undefined;
  let column: string | number = 1;
  let unit: Unit = "s";
  let criterion: Criterion = "ks";
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = args[i + 1];
    if (a === "--help" || a === "-h") {
      io.stdout(FIT_USAGE);
      return 0;
    }
    if (a === "--json") json = true;
    else if (a === "--column" && value !== undefined) {
      column = /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : value;
      i++;
    } else if (a === "--unit" && value !== undefined && value in UNIT_SECONDS) {
      unit = value as Unit;
      i++;
    } else if (a === "--criterion" && (value === "ks" || value === "aic")) {
      criterion = value;
      i++;
    } else if (file === undefined && !a.startsWith("--")) file = a;
    else {
      io.stderr(
        `archsim: fit: unexpected '${a}'${value === undefined ? "" : ` '${value}'`}\n${FIT_USAGE}`,
      );
      return 2;
    }
  }
  if (file === undefined) {
    io.stderr(`archsim: fit: which file?\n${FIT_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = (io.readFile ?? ((p: string) => readFileSync(p, "utf8")))(file);
  } catch (error) {
    io.stderr(
      `archsim: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const col = readColumn(text, column, unit);
  if (col.missingColumn !== undefined) {
    io.stderr(`archsim: fit: ${file} has no column '${col.missingColumn}'\n`);
    return 2;
  }
  for (const p of col.problems)
    io.stderr(`${file}:${p.line}: warning: not a duration >= 0, skipped: '${p.text}'\n`);
  if (col.skipped > col.problems.length)
    io.stderr(`${file}: warning: ${col.skipped - col.problems.length} more lines skipped\n`);
  const fit = fitSamples(col.values, criterion);
  if (fit === undefined) {
    io.stderr(`archsim: fit: ${file} holds no duration to fit\n`);
    return 2;
  }
  if (json) io.stdout(`${JSON.stringify(fitJson(fit), null, 2)}\n`);
  else io.stdout(fitTable(fit, file, col.header));
  return 0;
}

export function fitJson(fit: FitResult): unknown {
  return {
    n: fit.n,
    mean: fit.mean,
    criterion: fit.criterion,
    dist: fit.best.fitted.dist,
    candidates: fit.candidates.map((c) => ({
      dist: c.fitted.dist,
      ks: c.ks,
      aic: Number.isFinite(c.aic) ? c.aic : null,
    })),
    quantiles: fit.quantiles,
  };
}

export function fitTable(fit: FitResult, file: string, header: string | undefined): string {
  const x = formatterFor("en");
  const ms = (s: number) => x.time(s);
  const lines: string[] = [];
  lines.push(
    `${x.count(fit.n)} samples from ${file}${header === undefined ? "" : ` (${header})`}, mean ${ms(fit.mean)}`,
  );
  lines.push(
    fit.criterion === "ks"
      ? "Chosen by the smallest Kolmogorov-Smirnov distance (largest gap between the data's CDF and the fit's)."
      : "Chosen by the smallest Akaike information criterion (AIC = 2 parameters - 2 log-likelihood).",
  );
  lines.push("");
  const rows = [["family", "parameters", "KS distance", "AIC", ""]];
  for (const c of fit.candidates) {
    rows.push([
      c.fitted.family,
      parameters(c.fitted.dist, ms),
      c.ks.toFixed(4),
      Number.isFinite(c.aic) ? c.aic.toFixed(1) : c.aic > 0 ? "-" : "-inf",
      c === fit.best ? "<- chosen" : "",
    ]);
  }
  lines.push(...grid(rows, [false, false, true, true, false]));
  lines.push("");
  lines.push(`Dist: ${JSON.stringify(fit.best.fitted.dist)}`);
  lines.push("");
  const q = [["quantile", "data", "fit", "fit/data"]];
  for (const r of fit.quantiles)
    q.push([quantileName(r.p), ms(r.data), ms(r.fit), r.data > 0 ? x.ratio(r.fit / r.data) : "-"]);
  lines.push(...grid(q, [false, true, true, true]));
  return `${lines.join("\n")}\n`;
}

function parameters(d: FitResult["best"]["fitted"]["dist"], ms: (s: number) => string): string {
  switch (d.dist) {
    case "const":
      return `value ${ms(d.value)}`;
    case "exp":
      return `mean ${ms(d.mean)}`;
    case "erlang":
      return `mean ${ms(d.mean)}, k ${d.k}`;
    case "lognormal":
      return `mean ${ms(d.mean)}, cv ${d.cv.toFixed(3)}`;
    case "pareto":
      return `min ${ms(d.min)}, alpha ${d.alpha.toFixed(3)}`;
    case "uniform":
      return `${ms(d.min)} to ${ms(d.max)}`;
  }
}
