/**
 * A quantile–quantile plot of a fit: the sample's quantiles across, the fitted law's up, one
 * point per percentile from 1 to 99, and the diagonal where the two would agree. The quantiles
 * come from src/fit (the project's own math); d3 only lays them out.
 */
import { axisBottom, axisLeft, type NumberValue, scaleLinear, select } from "d3";
import { type FitResult, sampleQuantile } from "../../fit/fit";
import { t } from "../i18n/index";
import { formatSeconds } from "../topology/format";

const WIDTH = 280;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 22, bottom: 30, left: 52 };

export function qqPlot(parent: HTMLElement, fit: FitResult, sorted: Float64Array): void {
  const points: [number, number][] = [];
  for (let i = 1; i <= 99; i++) {
    const p = i / 100;
    points.push([sampleQuantile(sorted, p), fit.best.fitted.quantile(p)]);
  }
  const top = Math.max(...points.map(([a, b]) => Math.max(a, b)));
  const x = scaleLinear()
    .domain([0, top])
    .nice()
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain(x.domain())
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const svg = select(parent)
    .append("svg")
    .attr("class", "fit-plot")
    .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
    .attr("role", "img")
    .attr("aria-label", t("fit.plot"));
  svg.append("title").text(t("fit.plot"));
  const tick = (v: NumberValue) => formatSeconds(Number(v));
  svg
    .append("g")
    .attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(axisBottom(x).ticks(4).tickFormat(tick));
  svg
    .append("g")
    .attr("transform", `translate(${MARGIN.left},0)`)
    .call(axisLeft(y).ticks(4).tickFormat(tick));
  const [d0, d1] = x.domain();
  svg
    .append("line")
    .attr("class", "fit-diagonal")
    .attr("x1", x(d0))
    .attr("y1", y(d0))
    .attr("x2", x(d1))
    .attr("y2", y(d1));
  svg
    .append("g")
    .attr("class", "fit-points")
    .selectAll("circle")
    .data(points)
    .join("circle")
    .attr("cx", (d) => x(d[0]))
    .attr("cy", (d) => y(Math.min(d[1], d1)))
    .attr("r", 2.2);
}
