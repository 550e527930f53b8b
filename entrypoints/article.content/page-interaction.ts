// How the reader meets the highlights: hovering one opens its card; Alt+Shift+↓ / Alt+Shift+↑ move to the
// next / previous highlight (scrolled into view, selected, its card shown); Escape closes the card.
import type { Highlighter, PaintedItem } from './highlighter';
import { itemsAt, type HoverCard } from './hover-card';

/** Whether the key event is meant for a form field or editable text rather than for us. */
function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

export function attachInteraction(doc: Document, highlighter: Highlighter, card: HoverCard): { dispose(): void } {
  let frame = 0;
  let index = -1;
  // One hit test per animation frame at most, so hovering costs the page nothing noticeable.
  const onMove = (e: MouseEvent) => {
    if (frame) return;
    const { clientX: x, clientY: y } = e;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const visible = highlighter.visibleItems();
      const hits = visible.length ? itemsAt(doc, visible, x, y) : [];
      if (hits.length) card.show(hits, x, y);
      else card.hide();
    });
  };
  const focusItem = (items: PaintedItem[], i: number) => {
    const p = items[i];
    const el = p.range.startContainer.nodeType === 1 ? (p.range.startContainer as Element) : p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(p.range.cloneRange());
    const rect = p.range.getBoundingClientRect();
    const sameSpot = items.filter((q) => q.range.compareBoundaryPoints(Range.START_TO_START, p.range) === 0);
    card.show(sameSpot, rect.left, rect.bottom - 12);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      card.hide();
      return;
    }
    if (!e.altKey || !e.shiftKey || typing(e) || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const items = highlighter.visibleItems();
    if (!items.length) return;
    e.preventDefault();
    index = e.key === 'ArrowDown' ? (index + 1) % items.length : (index - 1 + items.length) % items.length;
    focusItem(items, index);
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey, true);
  return {
    dispose() {
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('keydown', onKey, true);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
