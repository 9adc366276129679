import { describe, expect, it } from "vitest";
import { EditHistory } from "../../../src/ui/editor/history";

const doc = (n: number) => ({ n });

describe("undo and redo over documents", () => {
  it("steps back and forth through the documents pushed", () => {
    const h = new EditHistory(doc(0));
    h.push(doc(1));
    h.push(doc(2));
    expect(h.undo()).toEqual(doc(1));
    expect(h.undo()).toEqual(doc(0));
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeNull();
    expect(h.redo()).toEqual(doc(1));
    expect(h.current).toEqual(doc(1));
    expect(h.canRedo).toBe(true);
  });

  it("forgets what was undone when a new edit is made", () => {
    const h = new EditHistory(doc(0));
    h.push(doc(1));
    h.undo();
    h.push(doc(2));
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toEqual(doc(0));
  });

  it("keeps one step for a gesture's many edits", () => {
    const h = new EditHistory(doc(0));
    h.push(doc(1), "drag a");
    h.push(doc(2), "drag a");
    h.push(doc(3), "drag a");
    h.push(doc(4), "drag b");
    expect(h.undo()).toEqual(doc(3));
    expect(h.undo()).toEqual(doc(0));
  });

  it("starts a new step after an undo, even in the same group", () => {
    const h = new EditHistory(doc(0));
    h.push(doc(1), "g");
    h.undo();
    h.push(doc(2), "g");
    h.push(doc(3), "g");
    expect(h.undo()).toEqual(doc(0));
  });

  it("keeps at most its limit of steps, forgetting the oldest", () => {
    const h = new EditHistory(doc(0), 3);
    for (let i = 1; i <= 5; i++) h.push(doc(i));
    let steps = 0;
    while (h.undo() !== null) steps++;
    expect(steps).toBe(3);
    expect(h.current).toEqual(doc(2));
  });

  it("ignores a push of the document it already holds", () => {
    const d = doc(1);
    const h = new EditHistory(d);
    h.push(d);
    expect(h.canUndo).toBe(false);
  });
});
