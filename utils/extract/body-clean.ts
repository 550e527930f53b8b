// What Readability keeps around the article text but a reader does not count as the article: picture
// captions and credits, share bars, hover cards, "related" link lists, newsletter boxes, author bios,
// copyright lines, the byline and date line. Each rule removes elements from Readability's output (a detached copy).
import { parseDate } from './date-parse';
import { classOf, elementText } from './chrome';
import { letterPattern, TWO_LETTERS } from '../letter-patterns';

/** A cleaning rule: a name for reports and tests, and what it removes from the article element. */
export interface CleanRule {
  name: string;
  apply(content: Element): void;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Characters of `text` other than whitespace. */
const letters = (text: string) => text.replace(/\s+/g, '').length;

/** Characters (whitespace aside) of an element's links. */
function linkedLetters(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += letters(elementText(a));
  return linked;
}

/** Share of an element's letters that sit inside links. */
function linkShare(el: Element): number {
  return Math.min(1, linkedLetters(el) / (letters(elementText(el)) || 1));
}

/** The paragraph or list item a label opens, at most three levels up ("<li><a><strong>SEE ALSO</strong>: …</a></li>"). */
function labelledBlock(label: Element): Element | null {
  let el = label.parentElement;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) if (el.localName === 'p' || el.localName === 'li') return el;
  return null;
}

/** Whether a paragraph opening with the label `label` is otherwise links. */
function relatedAfterLabel(p: Element, label: string): boolean {
  const rest = letters(elementText(p)) - letters(label);
  return rest > 0 && linkedLetters(p) >= 0.75 * rest;
}

/** Elements whose class or id names one of `words`, with at most `maxChars` of text and a third of the
 * article's: a wrapper named "has-share-bar" holds the article itself. */
function removeNamed(content: Element, words: RegExp, maxChars: number) {
  const total = elementText(content).length;
  for (const el of Array.from(content.querySelectorAll('[class], [id]'))) {
    const names = `${classOf(el) ?? ''} ${el.id}`;
    if (!words.test(names) || !content.contains(el)) continue;
    const n = elementText(el).length;
    if (n <= maxChars && n <= total / 3) el.remove();
  }
}

/** Words of share bars and social buttons: a block made only of them is a toolbar. */
const SHARE_WORDS = new Set(
  'share shares sharing teilen teile tweet twitter facebook whatsapp pinterest pint pin linkedin xing reddit telegram email e-mail mail print drucken baixar compartilhar partager imprimer compartir copy link kopieren copied comments comment kommentare kommentar kommentieren flipboard messenger threads mastodon x'.split(' '),
);
/** Headings that open a list of other articles. */
const RELATED_HEADING =
  /^(you may also like|you might also like|related( stories| articles| posts| content| coverage| reading)?|read more|read also|also read|further reading|see also|more stories|more from|more on this|recommended|siehe auch|zum weiterlesen|voir aussi|ver también|leggi anche|lees ook|das könnte sie auch interessieren|das könnte dich auch interessieren|auch interessant|mehr zum thema|weitere artikel|lesen sie auch|lies auch|à lire aussi|lire aussi|a lire aussi|leia também|te puede interesar|también te puede interesar|potrebbe interessarti)\b/i;
/** Lines of page furniture: copyright and rights notices. */
const LEGAL_LINE = /^(©|\(c\)|copyright\b|ⓒ)|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|무단전재/i;
/** Picture credits printed as their own line ("Photo: …", "Foto: …", "Crédits photos : …", "Image 1 of 9"). */
const CREDIT_LINE = /^\(?(photo|photos|foto|fotos|bild|bilder|image|credit|credits|crédits? photos?|quelle|source|getty images|imago|dpa)\s*(\d+\s*(of|von|\/)\s*\d*)?\s*[:/]?/i;
/** A byline or date line: "By Jane Doe", "Published 4:00 am CST, …", "Updated Nov 19; Posted Nov 19". */
const BYLINE_LINE = /^(by|von|par|por|posted|published|updated|veröffentlicht|aktualisiert|erstellt|publié|mis à jour|publicado|actualizado)\b/i;

/** A byline's label printed alone. */
const BYLINE_LABEL = /^(by|von|par|por|door|di)$/i;

/** What is neither a letter nor a hyphen (global: for replace). */
const NOT_WORD_LETTER = letterPattern(/[^\p{L}-]/gu);

/** A line that is only a date and time ("Nov. 20, 2019, 9:28 AM UTC", "20.11.2019 | 09:28"). */
function dateLine(t: string): boolean {
  if (t.length > 60 || !/\d{4}/.test(t)) return false;
  const p = parseDate(t);
  if (!p) return false;
  const rest = t.replace(p.matched, ' ').replace(/\b(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|utc|gmt|[a-z]{2,4}t|uhr|am|pm|h)\b/gi, ' ');
  return !TWO_LETTERS.test(rest.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, ''));
}

/** The rules, applied in this order. */
export const CLEAN_RULES: CleanRule[] = [
  {
    // Captions and credits describe pictures; they are printed beside the article, not in it.
    name: 'captions',
    apply(content) {
      for (const el of Array.from(content.querySelectorAll('figcaption'))) el.remove();
      removeNamed(content, /caption|credit|(^|[\s_-])(photo|image|img)-?(source|info|byline)/i, 400);
      // A picture's figure holds a caption and credits at most; figures holding tables or paragraphs stay.
      for (const fig of Array.from(content.querySelectorAll('figure'))) {
        if (fig.querySelector('img, picture, video, iframe') && !fig.querySelector('p, table, ul, ol') && wordCount(elementText(fig)) < 60) fig.remove();
      }
    },
  },
  {
    // Boxes about the author, newsletter sign-ups and share bars are the site's, repeated on every page.
    name: 'boxes',
    apply(content) {
      removeNamed(content, /author-?(bio|box|info|description|card)|about-?(the-?)?author|(^|[\s_-])bio([\s_-]|$)|newsletter|subscribe|share|sharing|social|related|recommend|more-?(stories|articles)/i, 1500);
    },
  },
  {
    // A card shown on hovering a name or a term (a person's profile and latest headlines, a definition) is
    // hidden until then and sits inside the very sentence: not text the reader reads there.
    name: 'hover-cards',
    apply(content) {
      removeNamed(content, /(?:^|[\s_])(?:rollover|tooltip|popover|hover-?card)[\w-]*-(?:block|text|content|body|card)\b|(?:^|\s)tooltiptext\b/i, 800);
    },
  },
  {
    // A list whose every item is a single link is navigation or "more stories", not article text.
    name: 'link-lists',
    apply(content) {
      for (const list of Array.from(content.querySelectorAll('ul, ol'))) {
        const items = Array.from(list.children).filter((li) => elementText(li));
        if (items.length >= 2 && items.every((li) => linkShare(li) > 0.9)) list.remove();
      }
    },
  },
  {
    // "You may also like" and what follows it (links to other articles) close the article.
    name: 'related-headings',
    apply(content) {
      for (const h of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6, p, strong'))) {
        if (!h.parentNode) continue; // removed with an earlier heading's paragraph
        const t = elementText(h);
        if (t.length > 60 || !RELATED_HEADING.test(t)) continue;
        // A label opening a paragraph or list item of links ("<p><strong>SEE ALSO:</strong> <a>…</a></p>") goes with it.
        const around = h.localName === 'strong' ? labelledBlock(h) : null;
        const block = around && relatedAfterLabel(around, t) ? around : h;
        // The links listed after it, each perhaps followed by its outlet ("Headline (Forbes)").
        for (let next = block.nextElementSibling; next && linkShare(next) > 0.75; next = block.nextElementSibling) next.remove();
        block.remove();
      }
    },
  },
  {
    // Short blocks that are only share buttons, rights notices, picture credits or the byline and date.
    name: 'furniture-lines',
    apply(content) {
      for (const el of Array.from(content.querySelectorAll('p, div, span, small, li, h4, h5, h6, section'))) {
        if (el.querySelector('p, div, li, section')) continue;
        const t = elementText(el);
        if (!t || t.length > 200) continue;
        const words = t.toLowerCase().split(/[\s|•·,/]+/).filter(Boolean);
        const share = words.length > 0 && words.every((w) => SHARE_WORDS.has(w.replace(NOT_WORD_LETTER.for(w), '')) || /^\d+$/.test(w));
        const byline = wordCount(t) <= 15 && BYLINE_LINE.test(t) && (/\d/.test(t) || linkShare(el) > 0.5);
        if (share || LEGAL_LINE.test(t) || (CREDIT_LINE.test(t) && wordCount(t) <= 12) || byline || dateLine(t)) {
          el.remove();
        } else if (BYLINE_LABEL.test(t)) {
          // "By" set apart from the name that follows it in the next block.
          const next = el.nextElementSibling;
          if (next && !next.querySelector('p, div, li, section') && wordCount(elementText(next)) <= 6) next.remove();
          el.remove();
        }
      }
    },
  },
];

/** Applies every rule to `content` (Readability's article element, a detached copy). */
export function cleanArticle(content: Element): void {
  for (const rule of CLEAN_RULES) rule.apply(content);
}
