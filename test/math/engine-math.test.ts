/**
 * The figures of a run must be the same bits in every JavaScript engine, so the code that makes
 * them may use only the members of Math that ECMAScript defines exactly: IEEE-754's correctly
 * rounded square root, rounding, sign, extremes, integer helpers and the constants (each "the
 * Number value for" its real number). Math.log, exp, pow, the trigonometric functions and their
 * kin are "implementation-approximated", and so is the `**` operator; Math.random is not seeded.
 * Their deterministic replacements live in src/math. The walk reads TypeScript's syntax tree, so
 * comments and strings do not count and `Math["log"]` or `const { log } = Math` do.
 *
 * src/ui is left out: it lays out and formats what the engine computed (chart ticks, edge
 * lengths, colour scales) and none of it reaches a summary, a probe row or a fingerprint.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const FIGURE_PATHS = [
  "src/sim",
  "src/scenario",
  "src/theory",
  "src/math",
  "src/worker",
  "src/insights",
  "src/cli",
  "src/fit",
  "src/import",
];

/** The members of Math whose result ECMAScript fixes bit for bit. */
const EXACT_MEMBERS = new Set([
  "abs",
  "ceil",
  "clz32",
  "floor",
  "fround",
  "imul",
  "max",
  "min",
  "round",
  "sign",
  "sqrt",
  "trunc",
  "E",
  "LN10",
  "LN2",
  "LOG10E",
  "LOG2E",
  "PI",
  "SQRT1_2",
  "SQRT2",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** "file:line: what" for every use of Math or `**` that an engine may round its own way. */
function engineMathUses(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === "Math") {
      const parent = node.parent;
      const member =
        ts.isPropertyAccessExpression(parent) && parent.expression === node
          ? parent.name.text
          : undefined;
      if (member === undefined) report(node, "Math used other than as Math.member");
      else if (!EXACT_MEMBERS.has(member)) report(node, `Math.${member}`);
    }
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken ||
        node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)
    ) {
      report(node, "the ** operator");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the code behind every figure", () => {
  it("uses no engine-approximated Math function, no Math.random and no **", () => {
    const files = FIGURE_PATHS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const uses = files.flatMap((file) =>
      engineMathUses(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), "utf8")),
    );
    expect(uses).toEqual([]);
  });

  it("would catch each way of reaching an approximated function", () => {
    const text = [
      "const a = Math.log(x);",
      "const b = x ** 0.5;",
      "y **= 2;",
      'const c = Math["exp"](x);',
      "const { cos } = Math;",
      "const d = Math.random();",
      "// Math.log in a comment is fine",
      'const e = "Math.sin in a string is fine";',
      "const f = Math.sqrt(Math.abs(x)) * Math.PI;",
    ].join("\n");
    expect(engineMathUses("example.ts", text)).toEqual([
      "example.ts:1: Math.log",
      "example.ts:2: the ** operator",
      "example.ts:3: the ** operator",
      "example.ts:4: Math used other than as Math.member",
      "example.ts:5: Math used other than as Math.member",
      "example.ts:6: Math.random",
    ]);
  });
});
