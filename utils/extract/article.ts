// The article itself: Mozilla Readability on a clone of the document (it mutates its input), turned into
// plain text with blank lines between paragraphs, and a judgement of whether the page is an article at all.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText, countWords } from './block-text';
import { cleanArticle } from './body-clean';
import { isArticleNode, typesOf } from './json-ld';
import { extractTitle } from './title';
import { articleLanguage } from './language';
import type { Page } from './page';

/** What Readability and our text conversion make of the page. */
export interface ExtractedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  lang?: string;
  /** Plain text, paragraphs separated by "\n\n". */
  text: string;
  wordCount: number;
  isArticle: boolean;
  /** Why the page is or is not taken for an article. */
  reason: string;
  /** Readability's `publishedTime`, when it found one. */
  publishedTime?: string;
}

/** Fewer words than this and the page is not an article, whatever else it says. */
export const MIN_ARTICLE_WORDS = 40;
/** Fewer words than this make an article only when the page says it is one or reads like one. */
const SHORT_ARTICLE_WORDS = 120;

function linkDensity(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length || 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / all;
}

function declaredArticle(page: Page): boolean {
  const ogType = page.meta.find((m) => m.key === 'og:type')?.content.toLowerCase();
  return ogType === 'article' || page.jsonLd.some(isArticleNode);
}

/** The page calls itself an index: og:type website, or JSON-LD CollectionPage / ItemList / SearchResultsPage. */
function declaredIndex(page: Page): boolean {
  const ogType = page.meta.find((m) => m.key === 'og:type')?.content.toLowerCase();
  return ogType === 'website' || page.jsonLd.some((n) => typesOf(n).some((t) => /^(CollectionPage|ItemList|SearchResultsPage|WebSite)$/.test(t)));
}

/** Blocks of the main text whose words are all inside a link: headlines of teasers, "read more" lists. */
function linkedBlocks(content: Element): number {
  let n = 0;
  for (const el of Array.from(content.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, dt, dd'))) {
    const all = (el.textContent ?? '').replace(/\s+/g, '');
    if (all.length < 15) continue;
    if (el.parentElement?.closest('a')) {
      n++;
      continue;
    }
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
    if (linked / all.length > 0.9) n++;
  }
  return n;
}

/** Teaser lists: mostly short paragraphs, and many of them are whole links (headlines of other pages). */
function looksLikeIndex(page: Page, content: Element, text: string): boolean {
  const paragraphs = text.split('\n\n');
  const short = paragraphs.filter((p) => countWords(p) < 12).length;
  const listLike = paragraphs.length >= 8 && short / paragraphs.length > 0.6;
  const linked = linkedBlocks(content);
  const teasers = linked >= 5 && linked / paragraphs.length >= 0.2;
  return listLike && teasers && (declaredIndex(page) || !declaredArticle(page) || linked / paragraphs.length >= 0.3);
}

/** Blocks that only say "Advertisement" (or "Anzeige", "Publicité", …): ad slots left in the article body. */
const AD_LABEL = /^(advertisement|advertising|advert|adverts|sponsored|sponsored content|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama|reklame|ad|ads)$/i;

function removeAdLabels(content: Element) {
  for (const el of Array.from(content.querySelectorAll('p, div, span, figure, aside, section'))) {
    if (AD_LABEL.test((el.textContent ?? '').trim())) el.remove();
  }
}

/**
 * A copy of the page for Readability (which mutates its input), shaped as <html><head/><body/></html> with
 * the page's content body: when markup precedes <html>, a Node parser may leave the content outside the
 * <body> Readability reads (browsers never do, so there the copy is a plain clone).
 */
function readableClone(page: Page): Document {
  const clone = page.doc.cloneNode(true) as Document;
  const bodies = Array.from(clone.querySelectorAll('body'));
  const html = clone.documentElement;
  const body = bodies.length ? bodies.reduce((a, b) => (b.childNodes.length > a.childNodes.length ? b : a)) : null;
  if (!body || !html || (html.tagName.toUpperCase() === 'HTML' && html.firstElementChild?.tagName.toUpperCase() === 'HEAD' && html.firstElementChild.nextElementSibling === body)) return clone;
  const root = (body.parentElement?.tagName.toUpperCase() === 'HTML' ? body.parentElement : null) ?? clone.createElement('html');
  const head = root.querySelector('head') ?? clone.querySelector('head') ?? clone.createElement('head');
  for (const c of Array.from(clone.childNodes)) if (c.nodeType === 1 && c !== root) c.parentNode?.removeChild(c);
  if (root.parentNode !== clone) clone.appendChild(root);
  root.prepend(head);
  head.after(body);
  return clone;
}

/** Extracts the article of `page`; `isArticle` says whether there is one worth analysing. */
export function extractArticle(page: Page): ExtractedArticle {
  const clone = readableClone(page);
  const fallbackTitle = (page.doc.querySelector('h1')?.textContent ?? page.doc.title ?? '').replace(/\s+/g, ' ').trim();
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // Classes are kept for the cleaning rules (captions, share bars and bios are recognised by them).
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 400, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed || !parsed.content) {
    return { title: fallbackTitle, text: '', wordCount: 0, isArticle: false, reason: 'no article text found', lang: page.lang };
  }
  removeAdLabels(parsed.content);
  cleanArticle(parsed.content);
  const text = blockText(parsed.content);
  const wordCount = countWords(text);
  const density = linkDensity(parsed.content);
  const readerable = isProbablyReaderable(page.doc);
  const declared = declaredArticle(page);
  let isArticle = true;
  let reason = 'article text found';
  if (wordCount < MIN_ARTICLE_WORDS || (wordCount < SHORT_ARTICLE_WORDS && !declared && !readerable)) {
    [isArticle, reason] = [false, `only ${wordCount} words of running text`];
  }
  else if (density > 0.5) [isArticle, reason] = [false, 'the main text is mostly links (a list or index page)'];
  else if (looksLikeIndex(page, parsed.content, text)) [isArticle, reason] = [false, 'the main text is a list of teasers (an index page)'];
  else if (!readerable && !declared && wordCount < 300) [isArticle, reason] = [false, 'no article structure found'];
  return {
    title: extractTitle(page, parsed.title ?? '') || fallbackTitle,
    byline: parsed.byline?.replace(/\s+/g, ' ').trim() || undefined,
    siteName: parsed.siteName?.trim() || undefined,
    lang: articleLanguage((parsed.lang || page.lang || undefined)?.toLowerCase(), text),
    text,
    wordCount,
    isArticle,
    reason,
    publishedTime: parsed.publishedTime ?? undefined,
  };
}
