/**
 * The card that follows the pointer over a component: its name and live readings. Its rows
 * are built once per hover; live updates only change their text.
 */
import type { Component } from "../../scenario/types";
import type { Figures } from "./figures";
import { readout } from "./readout";

export class Tooltip {
  readonly el: HTMLDivElement;
  private values: HTMLElement[] = [];
  private rows: HTMLElement[] = [];
  /** The component shown, or null when hidden. */
  shownId: string | null = null;

  constructor(container: HTMLElement) {
    this.el = document.createElement("div");
    this.el.className = "topology-tooltip";
    this.el.setAttribute("role", "tooltip");
    this.el.hidden = true;
    container.append(this.el);
  }

  show(c: Component, name: string, f: Figures | null): void {
    this.shownId = c.id;
    const title = document.createElement("div");
    title.className = "topology-tooltip-title";
    title.textContent = name === c.id ? name : `${name} (${c.id})`;
    const list = document.createElement("dl");
    this.rows = [];
    this.values = [];
    for (const r of readout(c, f)) {
      const row = document.createElement("div");
      const dt = document.createElement("dt");
      const dd = document.createElement("dd");
      dt.textContent = r.label;
      dd.textContent = r.text;
      row.classList.toggle("alarm", r.alarm);
      row.append(dt, dd);
      list.append(row);
      this.rows.push(row);
      this.values.push(dd);
    }
    this.el.replaceChildren(title, list);
    this.el.hidden = false;
  }

  update(c: Component, f: Figures | null): void {
    readout(c, f).forEach((r, i) => {
      const dd = this.values[i];
      if (dd === undefined) return;
      if (dd.textContent !== r.text) dd.textContent = r.text;
      this.rows[i].classList.toggle("alarm", r.alarm);
    });
  }

  /** Puts the card near the pointer, inside the container. */
  move(event: PointerEvent, container: HTMLElement): void {
    const box = container.getBoundingClientRect();
    const x = event.clientX - box.left + 14;
    const y = event.clientY - box.top + 14;
    const w = this.el.offsetWidth;
    const h = this.el.offsetHeight;
    this.el.style.left = `${Math.max(0, x + w > box.width ? x - w - 28 : x)}px`;
    this.el.style.top = `${Math.max(0, y + h > box.height ? y - h - 28 : y)}px`;
  }

  hide(): void {
    this.shownId = null;
    this.el.hidden = true;
  }
}
