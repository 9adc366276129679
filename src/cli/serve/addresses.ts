/**
 * The addresses to print for a server bound to `host`: this computer's own, and, when it listens
 * on every address, the machine's addresses on the local network, which the room's devices open.
 */
import type { NetworkInterfaceInfo } from "node:os";

export interface ServedAddresses {
  /** The address to open on this computer. */
  local: string;
  /** The addresses other devices open (IPv4 first); empty when only this computer can. */
  network: string[];
}

const WILDCARDS = new Set(["0.0.0.0", "::"]);
const LOOPBACKS = new Set(["localhost", "::1"]);

export function servedAddresses(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): ServedAddresses {
  const url = (address: string) =>
    `http://${address.includes(":") ? `[${address}]` : address}:${port}/`;
  if (WILDCARDS.has(host)) {
    const external = Object.values(interfaces)
      .flatMap((list) => list ?? [])
      .filter((info) => !info.internal)
      // Link-local IPv6 needs a zone id that a typed address cannot carry: not one to hand out.
      .filter((info) => info.family === "IPv4" || !info.address.toLowerCase().startsWith("fe80:"))
      .sort((a, b) => (a.family === b.family ? 0 : a.family === "IPv4" ? -1 : 1))
      .map((info) => url(info.address));
    return { local: url("127.0.0.1"), network: [...new Set(external)] };
  }
  const loopback = LOOPBACKS.has(host) || host.startsWith("127.");
  return { local: url(host), network: loopback ? [] : [url(host)] };
}
