/**
 * A small static file server for the built site: GET and HEAD of the files under one folder,
 * with their MIME types, nothing outside it (no `..`, no encoded slash or NUL, no symbolic link
 * leading out), index.html for a folder. Node's http module only, so it runs wherever the CLI does.
 */
import { createReadStream, realpathSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export function contentType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file a request path names under `root` (a real, absolute path), or null when it names
 * none there: undecodable, a NUL, a backslash or an encoded slash, or a `..` segment.
 */
export function fileFor(root: string, requestPath: string): string | null {
  const pathname = requestPath.split(/[?#]/, 1)[0]!;
  if (!pathname.startsWith("/") || /%2f|%5c/i.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/");
  if (segments.some((s) => s === "..")) return null;
  const path = join(root, ...segments.filter((s) => s !== "" && s !== "."));
  return path === root || path.startsWith(root + sep) ? path : null;
}

export function createStaticServer(folder: string): Server {
  const root = realpathSync(folder);
  return createServer((request, response) => {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return plain(response, 405, "Method not allowed");
    }
    const url = request.url ?? "/";
    const found = fileFor(root, url);
    if (found === null) return plain(response, 404, "Not found");
    let file = found;
    let real: string;
    try {
      if (statSync(file).isDirectory()) {
        // Without its slash a folder's page would resolve its relative links one level up.
        const pathname = url.split(/[?#]/, 1)[0]!;
        if (!pathname.endsWith("/")) {
          // Rebuilt from its segments: a path starting "//" must not redirect to another host.
          response.setHeader("Location", `/${pathname.split("/").filter(Boolean).join("/")}/`);
          return plain(response, 301, "Moved");
        }
        file = join(file, "index.html");
      }
      real = realpathSync(file);
      if (!(real.startsWith(root + sep) && statSync(real).isFile())) throw new Error("outside");
    } catch {
      return plain(response, 404, "Not found");
    }
    const size = statSync(real).size;
    response.statusCode = 200;
    response.setHeader("Content-Type", contentType(real));
    response.setHeader("Content-Length", size);
    // Names under assets/ carry their content's hash; everything else is checked each time.
    response.setHeader(
      "Cache-Control",
      real.startsWith(join(root, "assets") + sep)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    );
    if (request.method === "HEAD") return void response.end();
    createReadStream(real)
      .on("error", () => response.destroy())
      .pipe(response);
  });
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.end(`${text}\n`);
}
