/** Share links in the page: the address bar, the Share control and the banner for refused links. */
import "./share.css";
import type { Controller } from "../controller";
import type { Store } from "../store";
import type { LinkablePreset } from "./address";
import { mountLinkMessage } from "./link-message";
import { ShareLinks } from "./links";
import { mountShareButton } from "./share-button";

export type { ShareLinks } from "./links";

export function mountShare(
  tool: HTMLElement,
  banner: HTMLElement,
  store: Store,
  controller: Controller,
  presets: readonly LinkablePreset[],
): ShareLinks {
  const links = new ShareLinks(store, controller, presets, mountLinkMessage(banner, store));
  mountShareButton(tool, store, links);
  return links;
}
