/**
 * The frame the drawing is seen through: zoom and pan with the wheel and drag, double-click the
 * background to fit the whole drawing, and a height that suits the drawing. A resize refits the
 * view unless the user has zoomed or panned since the last fit.
 */
import { type D3ZoomEvent, select, zoom, zoomIdentity, zoomTransform } from "d3";
import {
  BODY_TEXT_SCALE,
  type Card,
  contentBounds,
  fitHeight,
  fitTransform,
  type Size,
} from "./geometry";
import { rootPx } from "./measure";

/**
 * The frame grows (up to a screenful, topology.css) to keep a big scenario's text at half size
 * or more. A drawing bigger still is fitted smaller, so that a fit shows the whole of it (two
 * hundred components, say) and the wheel zooms in to read; one that would not fit whole even at
 * ZOOM_OUT_LIMIT (a chain of two hundred) is shown at this size from the top left instead.
 */
const MIN_SCALE = 0.5;
/** The zoom's own limit: the wheel zooms out no further. */
const ZOOM_OUT_LIMIT = 0.1;
/**
 * In large type, names stay as large as the page's body text even if the drawing no longer
 * fits: for a projector, legible beats whole, and the rest is a pan away.
 */
const MIN_SCALE_LARGE_TYPE = BODY_TEXT_SCALE;
/**
 * A frame narrower than this is a phone's: its fits keep the cards' text at READABLE_PX or more,
 * and the rest of the drawing is a pan (a drag of one finger) away.
 */
const NARROW = 600;
const READABLE_PX = 12;
/** A card's smallest text, its figures, in rem (topology.css, .node-figure). */
const FIGURE_REM = 0.75;

/** The zoom at which a card's figures are drawn READABLE_PX tall on screen. */
function readableScale(): number {
  return READABLE_PX / (FIGURE_REM * rootPx());
}

/** Room around a fitted drawing, in px; large type spends it on the drawing instead. */
const PADDING = 24;
const PADDING_LARGE_TYPE = 8;

export interface FrameParts {
  /** The element whose resizing refits the view. */
  el: HTMLElement;
  svg: SVGSVGElement;
  /** The group the zoom moves and scales. */
  viewport: SVGGElement;
  /** The cards as drawn now, and a card's size when its own is not given. */
  cards(): readonly Card[];
  size(): Size;
  /** Called first when the element resizes, unless the frame itself grew for an edit. */
  resized(): void;
}

export interface Frame {
  /**
   * The smallest zoom the frame's height is chosen for, and in large type the smallest a fit
   * may use: there, text must stay large on screen.
   */
  readonly minScale: number;
  /** Room around a fitted drawing, in px. */
  readonly padding: number;
  setLargeType(largeType: boolean): void;
  /** Shows the whole drawing; a resize refits it until the user zooms or pans. */
  fitAll(): void;
  /** Sets the frame's height to the drawing's, for a newly laid out drawing. */
  sizeToContent(): void;
  /** Makes the frame taller, if need be, for a drawing just edited. */
  grow(): void;
  /** Whether a card is wholly inside the visible part of the drawing. */
  inSight(card: Required<Card>): boolean;
}

export function mountFrame(p: FrameParts): Frame {
  const svg = select(p.svg);
  let minScale = MIN_SCALE;
  let largeType = false;
  let padding = PADDING;
  /** Whether the user zoomed or panned since the last fit (then a resize keeps their view). */
  let moved = false;
  /** Set when the frame grew for an edit: the resize that follows must not refit the view. */
  let keepView = false;

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([ZOOM_OUT_LIMIT, 4])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      p.viewport.setAttribute("transform", event.transform.toString());
      if (event.sourceEvent) moved = true;
    });
  svg.call(zoomer).on("dblclick.zoom", null);
  svg.on("dblclick", (event: MouseEvent) => {
    if (event.target !== p.svg) return;
    fitAll();
  });

  function fitAll(): void {
    moved = false;
    const bounds = contentBounds(p.cards(), p.size());
    const box = p.svg.getBoundingClientRect();
    if (bounds === null || box.width === 0 || box.height === 0) return;
    if (box.width < NARROW) {
      const t = fitTransform(bounds, box, padding, 1.5, readableScale());
      svg.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
      return;
    }
    const whole = fitTransform(bounds, box, padding);
    // Presenting, the room must see the whole system beside the lesson (workshop.css): the
    // drawing is fitted whole, its rows packed to the frame first (packing.ts).
    const presenting = document.documentElement.hasAttribute("data-presenting");
    const t =
      (!largeType || presenting) && whole.k >= ZOOM_OUT_LIMIT
        ? whole
        : fitTransform(bounds, box, padding, 1.5, minScale);
    svg.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  /**
   * Gives the drawing the height it needs to show its names at body-text size where the width
   * allows (styles.css bounds it between a minimum and a screenful), so the panel neither
   * leaves empty bands around a short drawing nor shrinks a tall one's text.
   */
  function sizeToContent(): void {
    const bounds = contentBounds(p.cards(), p.size());
    const width = p.svg.getBoundingClientRect().width;
    if (bounds === null || width === 0) {
      svg.style("height", null);
      return;
    }
    const least = width < NARROW ? readableScale() : minScale;
    const height = fitHeight(bounds, width, padding, BODY_TEXT_SCALE, least);
    svg.style("height", `${height}px`);
  }

  /**
   * After an edit, makes the frame taller (never shorter) when a card now stands below it, so
   * a card dragged down stays in sight; the view itself is left as the user has it.
   */
  function grow(): void {
    const bounds = contentBounds(p.cards(), p.size());
    if (bounds === null) return;
    const box = p.svg.getBoundingClientRect();
    const bottom = Math.ceil(zoomTransform(p.svg).applyY(bounds.y + bounds.height) + padding);
    if (bottom <= box.height) return;
    svg.style("height", `${bottom}px`);
    keepView = p.svg.getBoundingClientRect().height !== box.height;
  }

  new ResizeObserver(() => {
    if (keepView) {
      keepView = false;
      return;
    }
    p.resized();
    sizeToContent();
    if (!moved) fitAll();
  }).observe(p.el);

  return {
    get minScale() {
      return minScale;
    },
    get padding() {
      return padding;
    },
    setLargeType(large) {
      largeType = large;
      minScale = large ? MIN_SCALE_LARGE_TYPE : MIN_SCALE;
      padding = large ? PADDING_LARGE_TYPE : PADDING;
    },
    fitAll,
    sizeToContent,
    grow,
    inSight(n) {
      const box = p.svg.getBoundingClientRect();
      const t = zoomTransform(p.svg);
      const [x0, y0] = t.apply([n.x - n.size.width / 2, n.y - n.size.height / 2]);
      const [x1, y1] = t.apply([n.x + n.size.width / 2, n.y + n.size.height / 2]);
      return x0 >= 0 && y0 >= 0 && x1 <= box.width && y1 <= box.height;
    },
  };
}
