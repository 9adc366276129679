/**
 * A QR code of a link, drawn locally: qrcode-generator makes the module matrix (no network, no
 * canvas), and the page draws it as one SVG path, dark modules on a light square with the
 * four-module quiet zone scanners need, whatever the page's theme.
 */
import qrcode from "qrcode-generator";

export interface QrModules {
  /** Modules per side. */
  size: number;
  /** Row-major: `dark[row * size + col]`. */
  dark: boolean[];
}

/** The margin of light modules around the code, as the standard asks. */
export const QUIET_ZONE = 4;

/**
 * The module matrix of `text` (byte mode, error correction L: the most a code can hold), the
 * smallest version that holds it; null when no version (up to 40) can.
 */
export function qrModules(text: string): QrModules | null {
  const code = qrcode(0, "L");
  try {
    code.addData(text, "Byte");
    code.make();
  } catch {
    // "code length overflow": the link holds more than the largest code can.
    return null;
  }
  const size = code.getModuleCount();
  const dark: boolean[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) dark.push(code.isDark(row, col));
  }
  return { size, dark };
}

/**
 * The SVG path of the dark modules, in module units with the quiet zone added: one rectangle
 * per run of dark modules in a row, so a code of 4,000 modules is a path of a few hundred parts.
 */
export function qrPath({ size, dark }: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join("");
}
