// Turns an element tree into plain text with one paragraph per block, separated by blank lines.
// Used on Readability's output so that every offset of the Annotation points into this text.
import { letterPattern } from '../letter-patterns';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** True for elements that start a new paragraph in the plain text. */
export function isBlockElement(el: Element): boolean {
  return BLOCK.has(el.tagName.toUpperCase());
}

/** True for elements whose text is never article text. */
export function isSkippedElement(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase());
}

/** Plain text of `root`: whitespace collapsed, `<br>` as a line break, blocks as paragraphs split by "\n\n". */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const flushLine = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const flushParagraph = () => {
    flushLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkippedElement(el)) continue;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          flushLine();
          continue;
        }
        if (tag === 'IMG') continue;
        const block = isBlockElement(el);
        if (block) flushParagraph();
        walk(el);
        if (block) flushParagraph();
        else if (tag === 'TD' || tag === 'TH') line += ' ';
      }
    }
  };
  walk(root);
  flushParagraph();
  return paragraphs.join('\n\n');
}

/** A Chinese or Japanese character (global: for match and replace). */
const IDEOGRAPH = letterPattern(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
/** A run of letters or digits, with inner apostrophes, stops and hyphens, and thousands' commas (global: for match). */
const WORD = letterPattern(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|,\d+)*/gu);

/** Number of words (runs of letters or digits) in `text`. */
export function countWords(text: string): number {
  // Chinese and Japanese are written without spaces: each character counts as a word.
  const ideograph = IDEOGRAPH.for(text);
  const ideographs = text.match(ideograph)?.length ?? 0;
  const rest = text.replace(ideograph, ' ');
  return ideographs + (rest.match(WORD.for(text))?.length ?? 0);
}
