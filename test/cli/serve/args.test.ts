import { describe, expect, it } from "vitest";
import { parseServeArgs } from "../../../src/cli/serve/args";

describe("archsim serve's options", () => {
  it("serve this computer only, on port 4173, unless told otherwise", () => {
    expect(parseServeArgs([])).toEqual({
      ok: true,
      options: { host: "127.0.0.1", port: 4173, build: false },
    });
  });

  it("bind every address with --lan", () => {
    expect(parseServeArgs(["--lan", "--port", "8080", "--build"])).toEqual({
      ok: true,
      options: { host: "0.0.0.0", port: 8080, build: true },
    });
  });

  it("take a host and port 0 (any free port)", () => {
    expect(parseServeArgs(["--host", "192.168.1.5", "--port", "0"])).toEqual({
      ok: true,
      options: { host: "192.168.1.5", port: 0, build: false },
    });
  });

  it("list every mistake at once", () => {
    expect(
      parseServeArgs(["--port", "70000", "--lan", "--host", "::", "--open", "--port"]),
    ).toEqual({
      ok: false,
      errors: [
        "--port must be a whole number from 0 to 65535, got '70000'",
        "unknown option '--open' for serve",
        "--port needs a value",
        "--lan binds every address: give --lan or --host, not both",
      ],
    });
  });

  it("do not take the next option as a missing value", () => {
    expect(parseServeArgs(["--host", "--lan"])).toEqual({
      ok: false,
      errors: ["--host needs a value"],
    });
  });
});
