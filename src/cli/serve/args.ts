/**
 * `archsim serve [--port p] [--host h | --lan] [--build]`: the words after `serve` as options, or
 * every mistake in them.
 */

export const DEFAULT_PORT = 4173;
export const LOOPBACK = "127.0.0.1";
/** Every address of the machine: what `--lan` binds, so the room's devices can connect. */
export const ALL_ADDRESSES = "0.0.0.0";

export interface ServeOptions {
  host: string;
  /** 0 lets the system pick a free port. */
  port: number;
  /** Build the site first even when one is built. */
  build: boolean;
}

export type ParsedServeArgs = { ok: true; options: ServeOptions } | { ok: false; errors: string[] };

export const SERVE_USAGE = `Usage: archsim serve [--lan] [--port <p>] [--host <address>] [--build]

Serves the built browser app (dist/, built first with 'npm run build' when missing) and prints
the addresses to open.
  --lan             serve to the local network (binds ${ALL_ADDRESSES}) and list this machine's
                    addresses: the room opens one of them
  --host <address>  the address to bind instead, ${LOOPBACK} (this computer only) by default
  --port <p>        the port, ${DEFAULT_PORT} by default; 0 for any free port
  --build           build the site again first (after changing the source)
`;

export function parseServeArgs(argv: readonly string[]): ParsedServeArgs {
  const errors: string[] = [];
  let host: string | undefined;
  let port = DEFAULT_PORT;
  let lan = false;
  let build = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--lan") lan = true;
    else if (word === "--build") build = true;
    else if (word === "--host" || word === "--port") {
      const value = argv[i + 1];
      i++;
      if (value === undefined || value.startsWith("--")) {
        errors.push(`${word} needs a value`);
        if (value !== undefined) i--;
      } else if (word === "--host") {
        host = value;
      } else if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) {
        port = Number(value);
      } else {
        errors.push(`--port must be a whole number from 0 to 65535, got '${value}'`);
      }
    } else {
      errors.push(`unknown option '${word}' for serve`);
    }
  }
  if (lan && host !== undefined) {
    errors.push("--lan binds every address: give --lan or --host, not both");
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, options: { host: lan ? ALL_ADDRESSES : (host ?? LOOPBACK), port, build } };
}
