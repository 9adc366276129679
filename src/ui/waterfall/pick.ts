/**
 * "Show me a request from here": a click on the latency chart, as a DOM event that bubbles to
 * the document, so the chart needs no handle on the waterfall (and neither on the other).
 */
export interface RequestPick {
  /** Simulated time of the point clicked, in seconds. */
  time: number;
  /** The latency at the point clicked, in seconds. */
  latency: number;
}

const EVENT = "archsim-pick-request";

export function dispatchRequestPick(from: Element, pick: RequestPick): void {
  from.dispatchEvent(new CustomEvent<RequestPick>(EVENT, { bubbles: true, detail: pick }));
}

export function onRequestPick(target: EventTarget, listener: (pick: RequestPick) => void): void {
  target.addEventListener(EVENT, (event) => listener((event as CustomEvent<RequestPick>).detail));
}
