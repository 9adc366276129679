import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { servedAddresses } from "../../../src/cli/serve/addresses";

function info(address: string, family: "IPv4" | "IPv6", internal = false): NetworkInterfaceInfo {
  const base = { address, netmask: "", mac: "00:00:00:00:00:00", internal, cidr: null };
  return family === "IPv4" ? { ...base, family } : { ...base, family, scopeid: 0 };
}

const interfaces = {
  lo: [info("127.0.0.1", "IPv4", true), info("::1", "IPv6", true)],
  wlan0: [info("fe80::1", "IPv6"), info("fd00::2", "IPv6"), info("192.168.1.20", "IPv4")],
  eth0: [info("10.0.0.7", "IPv4")],
};

describe("the addresses archsim serve prints", () => {
  it("are the machine's network addresses, IPv4 first, when it listens on every address", () => {
    expect(servedAddresses("0.0.0.0", 4173, interfaces)).toEqual({
      local: "http://127.0.0.1:4173/",
      network: ["http://192.168.1.20:4173/", "http://10.0.0.7:4173/", "http://[fd00::2]:4173/"],
    });
  });

  it("name no network address for a loopback host", () => {
    expect(servedAddresses("127.0.0.1", 80, interfaces)).toEqual({
      local: "http://127.0.0.1:80/",
      network: [],
    });
    expect(servedAddresses("localhost", 80, interfaces).network).toEqual([]);
  });

  it("give a host bound on purpose as the one to open on the network", () => {
    expect(servedAddresses("10.0.0.7", 8080, interfaces)).toEqual({
      local: "http://10.0.0.7:8080/",
      network: ["http://10.0.0.7:8080/"],
    });
  });
});
