/**
 * The lessons gallery by keyboard: the arrow keys (and Home, End) move between the cards, and
 * typing the first letters of a lesson's name goes to it, as in a file manager. Focus lands on
 * the card's main button (Present), so Enter opens it. Instead of 30-odd Tabs to reach a lesson.
 */

/** Letters typed within this long of each other are one search ("ca" for "Cache…"). */
const TYPE_AHEAD_MS = 800;

/**
 * Wires the keys on `list` (the cards' <ul>); `name` reads a card's name as shown. The cards
 * may be built later: they are looked up at each key.
 */
export function galleryKeys(list: HTMLElement, name: (card: HTMLElement) => string): void {
  let typed = "";
  let lastKeyAt = -Infinity;
  list.addEventListener("keydown", (event) => {
    const cards = [...list.querySelectorAll<HTMLElement>(":scope > li")];
    if (cards.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const current = cards.findIndex((card) => card.contains(document.activeElement));
    let next: number | undefined;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowRight":
        next = Math.min(current + 1, cards.length - 1);
        break;
      case "ArrowUp":
      case "ArrowLeft":
        next = Math.max(current - 1, 0);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = cards.length - 1;
        break;
      default: {
        if (event.key.length !== 1) return;
        const goesOn = event.timeStamp - lastKeyAt <= TYPE_AHEAD_MS;
        // A space starts no search (it presses the button), but may be part of a name typed.
        if (event.key === " " && !goesOn) return;
        typed = goesOn ? typed + event.key : event.key;
        lastKeyAt = event.timeStamp;
        const wanted = typed.toLocaleLowerCase();
        // From the card after the current one when a single letter repeats, so "c" cycles.
        const start = typed.length === 1 ? current + 1 : Math.max(current, 0);
        const order = [...cards.slice(start), ...cards.slice(0, start)];
        const match = order.find((card) => name(card).toLocaleLowerCase().startsWith(wanted));
        if (match === undefined) return;
        next = cards.indexOf(match);
      }
    }
    event.preventDefault();
    focusCard(cards[next]);
  });
}

/** Focuses a card's main button, or its first one. */
export function focusCard(card: HTMLElement | undefined): void {
  const button =
    card?.querySelector<HTMLElement>("button.primary") ??
    card?.querySelector<HTMLElement>("button");
  button?.focus();
}
