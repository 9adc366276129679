/**
 * A chart of the page as a file of its own: the chart's SVG with every computed style written
 * onto its elements (the page's CSS and its colour variables do not travel with a file), its
 * title above and its legend below (HTML on the page), on the theme's panel colour. PNG is that
 * SVG drawn on a canvas at twice the size, for slides.
 */

/** A chart on the page: its panel (title, legend) and its drawing. */
export interface PageChart {
  title: string;
  panel: HTMLElement;
  svg: SVGSVGElement;
}

/** Properties that decide how SVG looks; each is copied from the computed style. */
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "display",
  "visibility",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "shape-rendering",
  "overflow",
];

const SVG_NS = "http://www.w3.org/2000/svg";
const TITLE_PX = 28;
const LEGEND_ROW_PX = 20;
const PAD_PX = 8;

/** The charts shown under `root`, in page order, named by their titles and units. */
export function chartsIn(root: ParentNode): PageChart[] {
  return [...root.querySelectorAll<HTMLElement>(".chart-panel")].flatMap((panel) => {
    const svg = panel.querySelector<SVGSVGElement>("svg.chart-svg");
    if (svg === null) return [];
    const title = panel.querySelector(".chart-title")?.textContent ?? "";
    const unit = panel.querySelector(".chart-unit")?.textContent ?? "";
    return [{ title: unit === "" ? title : `${title} (${unit})`, panel, svg }];
  });
}

/** The chart as a standalone SVG document, with its size in CSS pixels. */
export function standaloneSvg(chart: PageChart): { text: string; width: number; height: number } {
  const box = chart.svg.getBoundingClientRect();
  // Room on the right for the last tick label, which the page lets overflow the chart.
  const width = Math.ceil(box.width) + 2 * PAD_PX;
  const plotHeight = Math.ceil(box.height);
  const style = getComputedStyle(chart.panel);
  const fg = style.color;
  const background = themeColour("--c-surface", "#ffffff");

  const drawing = chart.svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart.svg, drawing);
  drawing.setAttribute("x", "0");
  drawing.setAttribute("y", String(TITLE_PX));
  drawing.setAttribute("width", String(Math.ceil(box.width)));
  drawing.setAttribute("height", String(plotHeight));

  const legend = legendItems(chart.panel);
  const perRow = Math.max(1, Math.floor(width / 180));
  const legendHeight = Math.ceil(legend.length / perRow) * LEGEND_ROW_PX;
  const height = TITLE_PX + plotHeight + (legendHeight > 0 ? legendHeight + PAD_PX : 0);

  const doc = document.createElementNS(SVG_NS, "svg");
  doc.setAttribute("xmlns", SVG_NS);
  doc.setAttribute("width", String(width));
  doc.setAttribute("height", String(height));
  doc.setAttribute("viewBox", `0 0 ${width} ${height}`);
  doc.setAttribute("font-family", style.fontFamily);
  doc.setAttribute("font-size", style.fontSize);
  doc.append(element("rect", { width, height, fill: background }));
  const title = element("text", { x: PAD_PX, y: TITLE_PX - 10, fill: fg, "font-weight": 600 });
  title.textContent = chart.title;
  doc.append(title, drawing);
  legend.forEach((item, i) => {
    const x = PAD_PX + (i % perRow) * (width / perRow);
    const y = TITLE_PX + plotHeight + PAD_PX + Math.floor(i / perRow) * LEGEND_ROW_PX;
    doc.append(element("rect", { x, y: y + 8, width: 14, height: 3, fill: item.colour }));
    const text = element("text", { x: x + 18, y: y + 14, fill: fg });
    text.textContent = item.label;
    doc.append(text);
  });
  return { text: new XMLSerializer().serializeToString(doc), width, height };
}

/** The SVG drawn at `scale` times its size (2: sharp on slides and high-density screens). */
export async function svgToPng(
  svg: { text: string; width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("this browser cannot draw on a canvas");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error("no PNG")) : resolve(blob)),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies the computed look of every element of `from` onto the same element of `to`. */
function inlineStyles(from: SVGSVGElement, to: SVGSVGElement): void {
  const sources = [from, ...from.querySelectorAll("*")];
  const targets = [to, ...to.querySelectorAll("*")];
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement;
    const computed = getComputedStyle(source);
    const declarations = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`);
    target.setAttribute("style", declarations.join(";"));
    target.removeAttribute("class");
  });
}

interface LegendItem {
  label: string;
  colour: string;
}

function legendItems(panel: HTMLElement): LegendItem[] {
  return [...panel.querySelectorAll(".legend-item")].map((item) => {
    const swatch = item.querySelector(".legend-swatch");
    const look = swatch === null ? null : getComputedStyle(swatch);
    const colour =
      look === null
        ? "currentColor"
        : look.backgroundColor !== "rgba(0, 0, 0, 0)"
          ? look.backgroundColor
          : look.borderTopColor;
    return { label: item.querySelector(".legend-label")?.textContent ?? "", colour };
  });
}

function themeColour(variable: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(variable).trim();
  return value === "" ? fallback : value;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}
