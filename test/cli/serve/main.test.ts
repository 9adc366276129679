import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serveMain } from "../../../src/cli/serve/main";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function packageFolder(built: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "archsim-serve-main-"));
  folders.push(root);
  if (built) {
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "index.html"), "<title>built</title>");
  }
  return root;
}

function io() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) },
  };
}

describe("archsim serve", () => {
  it("serves the built site and prints the address to open", async () => {
    const { out, io: streams } = io();
    let builds = 0;
    const served = await serveMain(["--port", "0"], streams, {
      root: packageFolder(true),
      build: async () => void builds++,
    });
    if (!("server" in served)) throw new Error(out.stderr);
    try {
      const port = (served.server.address() as AddressInfo).port;
      expect(out.stdout).toContain(`On this computer: http://127.0.0.1:${port}/`);
      expect(out.stdout).toContain("'archsim serve --lan' serves the local network");
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("<title>built</title>");
      expect(builds).toBe(0);
    } finally {
      served.server.close();
    }
  });

  it("builds the site first when it is not built, and says what to run when that fails", async () => {
    const { out, io: streams } = io();
    const served = await serveMain([], streams, {
      root: packageFolder(false),
      build: () => Promise.reject(new Error("vite is not installed")),
    });
    expect(served).toEqual({ exitCode: 2 });
    expect(out.stderr).toBe(
      "The site is not built yet: building it first…\n" +
        "archsim: the build failed (vite is not installed); run 'npm run build' to see why.\n",
    );
  });

  it("refuses a port in use with what to do", async () => {
    const root = packageFolder(true);
    const first = await serveMain(["--port", "0"], io().io, { root, build: async () => {} });
    if (!("server" in first)) throw new Error("did not start");
    try {
      const port = String((first.server.address() as AddressInfo).port);
      const { out, io: streams } = io();
      expect(await serveMain(["--port", port], streams, { root, build: async () => {} })).toEqual({
        exitCode: 2,
      });
      expect(out.stderr).toBe(
        `archsim: port ${port} is in use: choose another with --port, or --port 0 for any free one\n`,
      );
    } finally {
      first.server.close();
    }
  });

  it("refuses bad options with usage, and prints its help", async () => {
    const bad = io();
    expect(
      await serveMain(["--lan", "--host", "x"], bad.io, { root: "", build: async () => {} }),
    ).toEqual({ exitCode: 2 });
    expect(bad.out.stderr).toContain("give --lan or --host, not both");
    const help = io();
    expect(await serveMain(["--help"], help.io, { root: "", build: async () => {} })).toEqual({
      exitCode: 0,
    });
    expect(help.out.stdout).toContain("Usage: archsim serve");
  });
});
