/**
 * `archsim serve`: serves the built site (dist/) from this machine, built first when it is not
 * there, and prints the addresses to open: this computer's, and with `--lan` the local
 * network's, for a room's phones and laptops. Runs until Ctrl+C.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import type { Io } from "../load";
import { servedAddresses } from "./addresses";
import { parseServeArgs, SERVE_USAGE, type ServeOptions } from "./args";
import { createStaticServer } from "./static-server";

export interface ServeRuntime {
  /** The package's folder, holding dist/. */
  root: string;
  /** Builds the site into dist/ (`vite build`); rejects when the build fails. */
  build(): Promise<void>;
}

/** The server, listening (it runs until the process ends), or the exit code of a refusal. */
export type Served = { server: Server } | { exitCode: number };

export async function serveMain(
  argv: readonly string[],
  io: Io,
  runtime: ServeRuntime,
): Promise<Served> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(SERVE_USAGE);
    return { exitCode: 0 };
  }
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(`archsim: ${e}\n`);
    io.stderr("Run 'archsim serve --help' for usage.\n");
    return { exitCode: 2 };
  }
  const { options } = parsed;
  const dist = join(runtime.root, "dist");
  if (options.build || !existsSync(join(dist, "index.html"))) {
    io.stderr(
      options.build ? "Building the site…\n" : "The site is not built yet: building it first…\n",
    );
    try {
      await runtime.build();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`archsim: the build failed (${reason}); run 'npm run build' to see why.\n`);
      return { exitCode: 2 };
    }
  }
  return listen(dist, options, io);
}

function listen(dist: string, options: ServeOptions, io: Io): Promise<Served> {
  const server = createStaticServer(dist);
  return new Promise((resolve) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      io.stderr(`archsim: ${listenProblem(error, options)}\n`);
      resolve({ exitCode: 2 });
    });
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : options.port;
      io.stdout(servedText(dist, options.host, port));
      resolve({ server });
    });
  });
}

export function servedText(dist: string, host: string, port: number): string {
  const { local, network } = servedAddresses(host, port, networkInterfaces());
  const lines = [`archsim is served from ${dist}`, `  On this computer: ${local}`];
  if (network.length > 0) {
    lines.push(
      ...network.map((url, i) => `  ${i === 0 ? "On the network:  " : "                 "} ${url}`),
      "Open a network address on this computer too: Share and the QR code then carry it.",
    );
  } else {
    lines.push("Only this computer can open it; 'archsim serve --lan' serves the local network.");
  }
  lines.push("Press Ctrl+C to stop.");
  return `${lines.join("\n")}\n`;
}

function listenProblem(error: NodeJS.ErrnoException, options: ServeOptions): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${options.port} is in use: choose another with --port, or --port 0 for any free one`;
    case "EACCES":
      return `port ${options.port} needs more rights here: choose one above 1023 with --port`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `${options.host} is not an address of this machine: try --lan or --host 127.0.0.1`;
    default:
      return `could not serve on ${options.host}:${options.port}: ${error.message}`;
  }
}
