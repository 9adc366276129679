/**
 * Which link a QR code carries. A preset run unchanged has a short link (`#preset=id`), which
 * makes a small code a phone reads from across a room; any other scenario needs its whole link,
 * which may be too long for any code. A page opened at this computer's own address gives links
 * that open nowhere else: worth saying where the room is meant to scan them.
 */
import { type QrModules, qrModules } from "./qr-code";

export type QrChoice =
  | { ok: true; url: string; short: boolean; modules: QrModules }
  | { ok: false; length: number };

export function chooseQrLink(fullUrl: string, presetUrl: string | null): QrChoice {
  for (const [url, short] of [
    [presetUrl, true],
    [fullUrl, false],
  ] as const) {
    if (url === null) continue;
    const modules = qrModules(url);
    if (modules !== null) return { ok: true, url, short, modules };
  }
  return { ok: false, length: fullUrl.length };
}

/** Whether a page at this host name is this computer's own address, unreachable from others. */
export function isLocalOnly(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === ""
  );
}
