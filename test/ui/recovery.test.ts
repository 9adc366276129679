import { describe, expect, it } from "vitest";
import { markerWatchers, RUN_MARKER_KEY, RunMarker } from "../../src/ui/recovery";
import { initialState, type ViewState } from "../../src/ui/store";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const scenario = {} as ViewState["scenario"];

/** One frame of the store: the first watcher, the views (which may freeze), the last watcher. */
function frame(
  watch: ReturnType<typeof markerWatchers>,
  state: ViewState,
  views: () => void = () => {},
) {
  watch.before(state);
  views();
  watch.after(state);
}

describe("the marker of a run that froze or crashed the tab", () => {
  it("is found by the next load when the page froze drawing a newly loaded scenario", () => {
    const storage = memoryStorage();
    const watch = markerWatchers(new RunMarker(storage));
    const loaded = { ...initialState(), scenario };
    expect(() =>
      frame(watch, loaded, () => {
        throw new Error("frozen");
      }),
    ).toThrow("frozen");
    expect(new RunMarker(storage).leftOver).toBe(true);
  });

  it("stays while a run plays, and is cleared once the page has drawn it paused or ended", () => {
    const storage = memoryStorage();
    const watch = markerWatchers(new RunMarker(storage));
    frame(watch, { ...initialState(), scenario, running: true });
    expect(storage.items.get(RUN_MARKER_KEY)).toBe("1");
    frame(watch, { ...initialState(), scenario, running: false, finished: true });
    expect(storage.items.has(RUN_MARKER_KEY)).toBe(false);
    expect(new RunMarker(storage).leftOver).toBe(false);
  });

  it("is read once at the start, before this page sets it, and cleared by a choice", () => {
    const storage = memoryStorage({ [RUN_MARKER_KEY]: "1" });
    const marker = new RunMarker(storage);
    expect(marker.leftOver).toBe(true);
    marker.mark();
    expect(marker.leftOver).toBe(true);
    marker.clear();
    expect(storage.items.has(RUN_MARKER_KEY)).toBe(false);
  });

  it("lets the page open as usual when storage refuses", () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {},
    };
    const marker = new RunMarker(refusing);
    expect(marker.leftOver).toBe(false);
    expect(() => marker.mark()).not.toThrow();
  });
});
