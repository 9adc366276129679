/**
 * A card's zone (extension: `zone`), on a line of its own under the badge, so the room sees
 * which cards a zone outage takes down. It had shared the badge's line, where "3/3 up · #1 41% ·
 * zone eu-west-1a" ran past the card's edge; a zone name too long for the line ends in "…".
 */
import type { Component } from "../../scenario/types";
import { t } from "../i18n/translate";
import { type Measure, wrapName } from "./wrap";

/** The zone line of `c` in `room` by `measure`: "zone a", or "" for a card in no zone. */
export function zoneLine(c: Component, room: number, measure: Measure): string {
  if (c.zone === undefined) return "";
  return wrapName(t("topology.zone", { zone: c.zone }), room, measure, 1)[0];
}

/** The lines a card's zone adds to it: one when it has a zone. */
export function zoneLines(c: Component): number {
  return c.zone === undefined ? 0 : 1;
}
