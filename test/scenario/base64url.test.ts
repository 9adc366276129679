import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "../../src/scenario/base64url";

describe("base64url", () => {
  it("writes RFC 4648's test vectors in the URL alphabet, without padding", () => {
    const text = (s: string) => encodeBase64url(new TextEncoder().encode(s));
    expect(["", "f", "fo", "foo", "foob", "fooba", "foobar"].map(text)).toEqual([
      "",
      "Zg",
      "Zm8",
      "Zm9v",
      "Zm9vYg",
      "Zm9vYmE",
      "Zm9vYmFy",
    ]);
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it("reads back any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
      }),
    );
  });

  it("refuses characters outside the alphabet, padding and impossible lengths", () => {
    for (const bad of ["Zm9v+", "Zm9v/", "Zm9v=", "Zm 9v", "Zm9vY", "Zé"]) {
      expect(decodeBase64url(bad), bad).toBeNull();
    }
  });
});
