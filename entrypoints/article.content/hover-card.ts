// The card that explains a highlight under the pointer: a custom element with a closed shadow root (the
// page's CSS cannot reach it), filled with text only, created on first use and removed on clear.
import type { PaintedItem } from './highlighter';

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; padding: 8px 10px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1f23; background: #fff;
  border: 1px solid #c9ced6; box-shadow: 0 4px 16px rgba(0,0,0,.18); pointer-events: none; }
.card p { margin: 0; }
.card p + p { margin-top: 3px; color: #4a515b; }
.card p:first-child { font-weight: 600; }
.sep { border-top: 1px solid #e3e6ea; margin: 6px 0; }
.brand { font-size: 11px; color: #6b7380; margin-top: 6px; }
@media (prefers-color-scheme: dark) { .card { color: #e8e9ec; background: #232529; border-color: #444950; } .card p + p { color: #b5bbc3; } }
`;

export interface HoverCard {
  /** Shows the cards of `items` near the point (viewport coordinates). */
  show(items: PaintedItem[], x: number, y: number): void;
  hide(): void;
  remove(): void;
  /** Whether `node` belongs to the card. */
  contains(node: Node): boolean;
}

export function createHoverCard(doc: Document): HoverCard {
  let host: HTMLElement | null = null;
  let box: HTMLDivElement | null = null;

  const ensure = () => {
    if (box) return box;
    host = doc.createElement('sourcelens-card');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    box = doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    // Read out when it changes, so reaching a highlight by keyboard says what it is.
    box.setAttribute('aria-live', 'polite');
    box.hidden = true;
    shadow.append(style, box);
    doc.documentElement.append(host);
    return box;
  };

  return {
    show(items, x, y) {
      const card = ensure();
      card.replaceChildren();
      items.slice(0, 3).forEach(({ item }, i) => {
        if (i > 0) card.append(Object.assign(doc.createElement('div'), { className: 'sep' }));
        for (const line of item.card) card.append(Object.assign(doc.createElement('p'), { textContent: line }));
      });
      card.append(Object.assign(doc.createElement('div'), { className: 'brand', textContent: 'Sourcelens' }));
      card.hidden = false;
      const w = doc.documentElement.clientWidth;
      const h = doc.documentElement.clientHeight;
      const rect = card.getBoundingClientRect();
      card.style.left = `${Math.max(8, Math.min(x + 12, w - rect.width - 8))}px`;
      card.style.top = `${y + 18 + rect.height > h ? Math.max(8, y - rect.height - 12) : y + 18}px`;
    },
    hide() {
      if (box) box.hidden = true;
    },
    remove() {
      host?.remove();
      host = null;
      box = null;
    },
    contains: (node) => !!host && (node === host || host.contains(node)),
  };
}

/** The painted items whose range holds the point (viewport coordinates). */
export function itemsAt(doc: Document, items: PaintedItem[], x: number, y: number): PaintedItem[] {
  type CaretDoc = Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) [node, offset] = [pos.offsetNode, pos.offset];
  else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node || node.nodeType !== 3) return [];
  // The caret lands between characters: the character under the pointer is inside the range, not on its edge.
  return items.filter(({ range }) => {
    try {
      return range.isPointInRange(node!, offset) && !(range.endContainer === node && range.endOffset === offset) && rectsHold(range, x, y);
    } catch {
      return false;
    }
  });
}

function rectsHold(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}
