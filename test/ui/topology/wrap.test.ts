import { describe, expect, it } from "vitest";
import { isWide } from "../../../src/ui/topology/format";
import { ELLIPSIS, type Measure, wrapName } from "../../../src/ui/topology/wrap";

/** Widths in columns: a Latin character takes one, a Chinese character two, as they are drawn. */
const columns: Measure = (text) => [...text].reduce((w, ch) => w + (isWide(ch) ? 2 : 1), 0);

const wrap = (name: string, room: number) => wrapName(name, room, columns);

describe("wrapName", () => {
  it("leaves a name that fits on one line, even one that fits exactly", () => {
    expect(wrap("Gunicorn 1", 13)).toEqual(["Gunicorn 1"]);
    expect(wrap("Load balancer", 13)).toEqual(["Load balancer"]);
    expect(wrap("用户（粘性会话）", 16)).toEqual(["用户（粘性会话）"]);
  });

  it("moves the words that do not fit to a second line, breaking at a space", () => {
    expect(wrap("Load balancer", 12)).toEqual(["Load", "balancer"]);
    expect(wrap("Web 1 (Nginx + Gunicorn)", 13)).toEqual(["Web 1 (Nginx", "+ Gunicorn)"]);
    expect(wrap("Users (sessions in Redis)", 13)).toEqual(["Users", "(sessions in…"]);
  });

  it("fills both lines exactly without an ellipsis", () => {
    expect(wrap("Origin web serverss", 10)).toEqual(["Origin web", "serverss"]);
    expect(wrap("Nginx (hash on session)", 11)).toEqual(["Nginx (hash", "on session)"]);
  });

  it("cuts a name longer than two lines at the end of the second, with an ellipsis", () => {
    const lines = wrap("Gunicorn 1 (sessions in memory)", 13);
    expect(lines).toEqual(["Gunicorn 1", "(sessions in…"]);
    expect(lines.every((line) => columns(line) <= 13)).toBe(true);
    expect(wrap("Redis (cache-aside, TTL 60 s)", 13)).toEqual(["Redis (cache-", "aside, TTL 6…"]);
  });

  it("breaks Chinese between characters, keeping closing and opening punctuation in place", () => {
    // "，" may not start a line, so "存" goes down with it although it would fit the first.
    expect(wrap("Redis（旁路缓存，TTL 60 秒）", 15)).toEqual(["Redis（旁路缓", "存，TTL 60 秒）"]);
    // "（" may not end the first line.
    expect(wrap("跨洋网络（150 ms）", 12)).toEqual(["跨洋网络", "（150 ms）"]);
    const names = [
      "负载均衡器（粘滞）",
      "Redis（会话存储）",
      "用户（Redis 会话）",
      "办公室（单解析器）",
    ];
    for (const name of names) {
      for (let room = 8; room <= 20; room++) {
        for (const line of wrap(name, room)) {
          expect(line, `${name} in ${room}`).not.toMatch(/^[）」，。：]|（$/);
        }
      }
    }
    expect(wrap("Django Pod（Gunicorn，4 个 worker）", 13)).toEqual([
      "Django Pod",
      `（Gunicorn，${ELLIPSIS}`,
    ]);
  });

  it("ends the first of two lines before a bracket, else at a space, with even lines", () => {
    expect(wrap("Gunicorn 1 (8 cores)", 13)).toEqual(["Gunicorn 1", "(8 cores)"]);
    expect(wrap("Flask：同步缩图 + 发信", 16)).toEqual(["Flask：", "同步缩图 + 发信"]);
    expect(wrap("Nginx (hash on session)", 14)).toEqual(["Nginx (hash", "on session)"]);
    expect(wrap("负载均衡器（粘滞）", 16)).toEqual(["负载均衡器", "（粘滞）"]);
    expect(wrap("用户（Redis 会话）", 14)).toEqual(["用户", "（Redis 会话）"]);
    expect(wrap("Redis（会话存储）", 14)).toEqual(["Redis", "（会话存储）"]);
    // A space before a more even cut between two characters.
    expect(wrap("Gunicorn 旧机器（2 核）", 16)).toEqual(["Gunicorn 旧机器", "（2 核）"]);
    expect(wrap("Gunicorn 旧机器（2 核）", 14)).toEqual(["Gunicorn", "旧机器（2 核）"]);
  });

  it("cuts a single word longer than a line, with a hyphen between letters", () => {
    expect(wrap("Recommendations", 10)).toEqual(["Recommend-", "ations"]);
    expect(wrap("Recommendation service", 11)).toEqual(["Recommenda-", "tion servi…"]);
    expect(wrap("Supercalifragilisticexpialidocious", 10)).toEqual(["Supercali-", "fragilist…"]);
    // An id cut between a letter and a digit takes no hyphen: it could be read as part of it.
    expect(wrap("backend000000001", 10)).toEqual(["backend000", "000001"]);
  });

  it("breaks after a hyphen inside a word, and never inside a Latin word that fits a line", () => {
    expect(wrap("sticky-app-1", 8)).toEqual(["sticky-", "app-1"]);
    expect(wrap("Sign-ups (queued)", 10)).toEqual(["Sign-ups", "(queued)"]);
  });

  it("keeps a number with its unit, and never breaks at a no-break space", () => {
    expect(wrap("DNS, TTL 300 s", 12)).toEqual(["DNS, TTL", "300 s"]);
    expect(wrap("Long-haul link (150 ms)", 14)).toEqual(["Long-haul link", "(150 ms)"]);
    expect(wrap("Gunicorn 1 (8 cores)", 13)).toEqual(["Gunicorn 1", "(8 cores)"]);
    expect(wrap("Web\u00a0tier one", 8)).toEqual(["Web\u00a0tier", "one"]);
  });

  it("collapses runs of white space and keeps an empty name one empty line", () => {
    expect(wrap("  Load \n balancer ", 20)).toEqual(["Load balancer"]);
    expect(wrap("", 13)).toEqual([""]);
  });

  it("takes as many lines as it is allowed", () => {
    expect(wrapName("Gunicorn 1 (sessions in memory)", 13, columns, 3)).toEqual([
      "Gunicorn 1",
      "(sessions in",
      "memory)",
    ]);
    expect(wrapName("Load balancer", 12, columns, 1)).toEqual([`Load balanc${ELLIPSIS}`]);
  });

  it("cuts a 100,000-character label before measuring it: two lines, the second with an ellipsis", () => {
    let measured = 0;
    const counting: Measure = (text) => {
      measured += text.length;
      return columns(text);
    };
    for (const label of ["x".repeat(100_000), "word ".repeat(20_000), "服".repeat(100_000)]) {
      measured = 0;
      const lines = wrapName(label, 20, counting);
      expect(lines).toHaveLength(2);
      expect(lines[1].endsWith(ELLIPSIS)).toBe(true);
      // Measuring the whole label once would be 100,000 characters.
      expect(measured).toBeLessThan(100_000);
    }
  });

  it("still ends with an ellipsis when the cut text would fit the lines", () => {
    const lines = wrapName("i".repeat(1000), 1000, columns);
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith(ELLIPSIS)).toBe(true);
  });
});
