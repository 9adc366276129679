/**
 * Text as the browser draws it. The width of a text in a given element's font: a canvas
 * measures it (Chromium, Firefox and Safari measure with the same shaping as SVG text), so a
 * card's name is wrapped where it really runs out of room, in the user's own fonts and at any
 * type size; the element need not be shown, its computed font is enough. And the page's root
 * font size, which drawing units follow.
 */
import { textWidthEm } from "./format";
import type { Measure } from "./wrap";

let canvas: HTMLCanvasElement | undefined;

export function measureIn(el: Element): Measure {
  const style = getComputedStyle(el);
  const px = Number.parseFloat(style.fontSize) || 14;
  canvas ??= document.createElement("canvas");
  const context = canvas.getContext("2d");
  // No canvas (a stripped-down browser): the rough estimate the rate labels use.
  if (context === null) return (text) => textWidthEm(text) * px;
  const font = `${style.fontStyle} ${style.fontWeight} ${px}px ${style.fontFamily}`;
  return (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/**
 * The root font size in px: 16 normally, large type's 21 or presenter mode's 22. Drawing units
 * are CSS px before zooming, so what holds text in them grows with it.
 */
export function rootPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
