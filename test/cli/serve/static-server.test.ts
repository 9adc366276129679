import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer } from "../../../src/cli/serve/static-server";

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "archsim-serve-"));
  const site = join(dir, "dist");
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!doctype html><title>site</title>");
  writeFileSync(join(site, "sw.js"), "self;");
  writeFileSync(join(site, "favicon.svg"), "<svg/>");
  writeFileSync(join(site, "assets", "index-abc.js"), "export {};");
  writeFileSync(join(site, "assets", "index-abc.css"), "body{}");
  writeFileSync(join(dir, "secret.txt"), "SECRET");
  symlinkSync(join(dir, "secret.txt"), join(site, "link.txt"));
  server = createStaticServer(site);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with its path sent exactly as written (fetch would resolve the dots first). */
function get(path: string, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server of archsim serve", () => {
  it("serves index.html for the folder, with the query ignored", async () => {
    for (const path of ["/", "/index.html", "/?x=1"]) {
      const reply = await get(path);
      expect(reply.status).toBe(200);
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(reply.body).toContain("<title>site</title>");
      expect(reply.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("gives each file its MIME type, and hashed assets a long cache", async () => {
    const types: Record<string, string> = {
      "/sw.js": "text/javascript; charset=utf-8",
      "/favicon.svg": "image/svg+xml",
      "/assets/index-abc.js": "text/javascript; charset=utf-8",
      "/assets/index-abc.css": "text/css; charset=utf-8",
    };
    for (const [path, type] of Object.entries(types)) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers["content-type"], path).toBe(type);
      expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect((await get("/assets/index-abc.js")).headers["cache-control"]).toContain("immutable");
    expect((await get("/sw.js")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get("/sw.js", "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe("5");
    expect(head.body).toBe("");
    const post = await get("/", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("serves nothing outside its folder, however the path is written", async () => {
    const attempts = [
      "/../secret.txt",
      "/assets/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/%2E%2E/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/..\\secret.txt",
      "/%00/../secret.txt",
      "/index.html%00.js",
      "/%E0%A4%A",
      "/link.txt",
      // Not even a path: Node's parser refuses it (400) before the server sees it.
      "secret.txt",
    ];
    for (const path of attempts) {
      const reply = await get(path);
      expect([400, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toContain("SECRET");
    }
  });

  it("adds a folder's slash by redirecting on this host only", async () => {
    const reply = await get("/assets");
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe("/assets/");
    expect((await get("//assets")).headers.location).toBe("/assets/");
    // A folder without index.html has no page.
    expect((await get("/assets/")).status).toBe(404);
  });

  it("says a missing file is not found", async () => {
    expect((await get("/nothing.js")).status).toBe(404);
  });
});
