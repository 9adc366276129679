import type { Component } from "../../scenario/types";
import { t } from "../i18n/translate";
import type { Caption } from "./caption";

/** A card's badge names its zone too (extension: `zone`), so the room sees which zone fails. */
export function withZone(c: Component, caption: Caption): Caption {
  if (c.zone === undefined) return caption;
  const zone = t("topology.zone", { zone: c.zone });
  return { ...caption, badge: caption.badge === "" ? zone : `${caption.badge} · ${zone}` };
}
