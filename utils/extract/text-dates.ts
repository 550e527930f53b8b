// Dates the reader sees: "Publish Date : 08 August 2025 - 22:25", "Veröffentlicht am 5. November 2024",
// "Stand: 06.11.2024 09:30 Uhr", "Updated June 2, 2025", and unlabelled dates beside the headline.
import type { DateClaim } from '../annotation';
import { parseDate } from './date-parse';
import type { Page } from './page';

const PUBLISHED_LABEL =
  /(?:^|\b)(publish(?:ed)?(?: date| on)?|first published|date published|posted(?: on)?|released|veröffentlicht(?: am)?|erschienen(?: am)?|publié(?: le)?|publicado(?: el| em)?|publicada|pubblicato(?: il)?|gepubliceerd(?: op)?)\s*[:：]?/iu;
const MODIFIED_LABEL =
  /(?:^|\b)(last updated|updated(?: on| at)?|last modified|modified|aktualisiert(?: am)?|zuletzt aktualisiert|stand\s*:|mis à jour(?: le)?|actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?|bijgewerkt(?: op)?)\s*[:：]?/iu;
const CHROME = 'nav, footer, aside, [class*="related" i], [class*="sidebar" i], [class*="comment" i], [id*="comment" i], [class*="teaser" i], [class*="recommend" i], [role="navigation"]';
const MAX_CONTEXT = 220;

function shortContext(el: Element | null): { el: Element; text: string } | null {
  for (let cur = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    const text = (cur.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_CONTEXT) return null;
    if (/\d/.test(text) && text.length >= 8) return { el: cur, text };
  }
  return null;
}

function* textNodes(root: Node): Generator<Text> {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      yield n as Text;
      continue;
    }
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG') continue;
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/** Labelled visible dates, and unlabelled ones in the headline's neighbourhood. */
export function collectTextDates(page: Page): DateClaim[] {
  const body = page.doc.body;
  if (!body) return [];
  const out: DateClaim[] = [];
  const seen = new Set<Element>();
  const h1 = body.querySelector('h1');
  const headlineBlock = h1?.parentElement?.parentElement ?? null;
  let scanned = 0;
  for (const node of textNodes(body)) {
    if (++scanned > 20000) break;
    const t = node.nodeValue ?? '';
    if (t.length > MAX_CONTEXT || !/\S/.test(t)) continue;
    const pub = PUBLISHED_LABEL.exec(t);
    const mod = MODIFIED_LABEL.exec(t);
    const labelled = !!(pub || mod);
    if (!labelled && !/\d/.test(t)) continue;
    const ctx = shortContext(node.parentElement);
    if (!ctx || seen.has(ctx.el)) continue;
    const inChrome = !!ctx.el.closest(CHROME);
    if (labelled) {
      // Read the date that follows the label (a line can hold both "Published ... Updated ...").
      const labels = [pub && { m: pub, kind: 'published' as const }, mod && { m: mod, kind: 'modified' as const }]
        .filter((x): x is { m: RegExpExecArray; kind: 'published' | 'modified' } => !!x);
      for (const { m, kind } of labels) {
        const at = ctx.text.toLowerCase().indexOf(m[0].toLowerCase().trim());
        const after = at >= 0 ? ctx.text.slice(at + m[0].trim().length) : ctx.text;
        const p = parseDate(after, { lang: page.lang });
        if (!p) continue;
        seen.add(ctx.el);
        const confidence = (kind === 'published' ? 0.85 : 0.8) - (inChrome ? 0.35 : 0);
        out.push({ iso: p.iso, precision: p.precision, from: 'text', evidence: ctx.text, confidence, kind });
      }
    } else if (headlineBlock && headlineBlock.contains(ctx.el) && !inChrome && !ctx.el.closest('a')) {
      const p = parseDate(ctx.text, { lang: page.lang });
      if (!p) continue;
      seen.add(ctx.el);
      out.push({ iso: p.iso, precision: p.precision, from: 'text', evidence: ctx.text, confidence: 0.5, kind: 'published' });
    }
  }
  return out;
}
