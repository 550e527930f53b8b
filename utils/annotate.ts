// The pure pipeline: (document, url, corpus) -> Annotation. No extension APIs: it runs in the page's
// content script, in Node tests and in the command line.
import type { Annotation } from './annotation';
import type { Corpus } from './corpus/corpus';
import { summariseProvenance } from './corpus/corpus';
import { extractArticle, type ExtractedArticle } from './extract/article';
import { countWords } from './extract/block-text';
import { readPage, type Page } from './extract/page';
import { DETECTORS, type DetectorInput } from './detectors';
import type { Knowledge } from './knowledge';
import type { AnalysisStage } from './messages';
import { pause, runSliced, runToEnd } from './time-slice';

export interface AnnotateOptions {
  /**
   * The outlet registry (built-in plus the reader's entries) and the entity model: builtInKnowledge() in Node;
   * the content script passes the promise of reading them, which runs on while the article is extracted and
   * the detectors that need no knowledge (dates, dateline) run.
   */
  knowledge: Knowledge | Promise<Knowledge>;
  /** Analyse even when the page does not look like an article ("Analyse anyway"). */
  force?: boolean;
  /** Analysis time in ms since the epoch; the clock by default. */
  now?: number;
  /** Language of a plain-text article (BCP 47); English when unset. */
  lang?: string;
  /** Told of each stage as it starts (ANALYSIS_STAGES in utils/messages.ts): the popup shows it. */
  onProgress?: (stage: AnalysisStage) => void;
  /**
   * Run long detectors in turns of this many milliseconds, giving the event loop a turn in between (the
   * content script, so that a very long page does not freeze); 0 runs everything at once (the default).
   */
  sliceMs?: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
// Hundredths of a millisecond: the metadata stages take tenths, and rounding each to a tenth skews their sum.
const ms = (t0: number) => Math.round((now() - t0) * 100) / 100;

/** Whether two addresses name the same page (scheme, "www.", fragment and trailing slash aside). */
export function sameAddress(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

function emptyAnnotation(url: string, article: ExtractedArticle): Annotation {
  return {
    version: 1,
    url,
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      wordCount: article.wordCount,
      text: article.text,
      isArticle: article.isArticle,
    },
    source: { domain: '', known: false, evidence: [] },
    dates: { candidates: [] },
    authors: [],
    entities: [],
    citations: [],
    provenance: { matches: [], reusedShare: 0 },
    warnings: [],
    timings: {},
  };
}

/**
 * Runs the detectors in order. Those that need no knowledge run before it is awaited, so that the dates are read
 * while the content script's knowledge files are still arriving.
 */
async function run(base: DetectorInput, annotation: Annotation, corpus: Corpus | undefined, analyseText: boolean, options: AnnotateOptions) {
  const sliceMs = options.sliceMs ?? 0;
  let knowledge: Knowledge | undefined;
  let since = now();
  for (const detector of DETECTORS) {
    if (!analyseText && detector.needsText) continue;
    if (!base.page && detector.needsPage) continue;
    if (detector.needsKnowledge && !knowledge) {
      knowledge = await waitFor(options.knowledge, annotation, options.onProgress);
      since = now();
    }
    if (sliceMs > 0 && now() - since >= sliceMs) {
      await pause();
      since = now();
    }
    options.onProgress?.(detector.name);
    const t0 = now();
    // Only a detector that says it reads the knowledge is given it (it was awaited above).
    const steps = detector.needsKnowledge ? detector.run({ ...base, knowledge: knowledge as Knowledge }, annotation) : detector.run(base, annotation);
    if (steps) {
      if (sliceMs > 0) await runSliced(steps, sliceMs);
      else runToEnd(steps);
    }
    annotation.timings[detector.name] = ms(t0);
  }
  if (corpus && analyseText && annotation.article.text) {
    options.onProgress?.('provenance');
    const t0 = now();
    // The page itself, once remembered or added, is not its own source.
    const matches = (await corpus.findMatches(annotation.article.text)).filter((m) => !sameAddress(m.ref.url, base.url));
    annotation.provenance = summariseProvenance(matches, annotation.article.text.length);
    annotation.timings.provenance = ms(t0);
  }
}

/** The knowledge, once read; the time waited for it goes in the timings. */
async function waitFor(knowledge: Knowledge | Promise<Knowledge>, annotation: Annotation, onProgress?: (stage: AnalysisStage) => void): Promise<Knowledge> {
  if (!(knowledge instanceof Promise)) return knowledge;
  onProgress?.('knowledge');
  const t0 = now();
  const k = await knowledge;
  annotation.timings.knowledge = ms(t0);
  return k;
}

/** Annotates a page: article, source, dates, authors, dateline, entities, citations and provenance. */
export async function annotate(doc: Document, url: string, corpus: Corpus | undefined, options: AnnotateOptions): Promise<Annotation> {
  const t0 = now();
  // Awaited after extraction; should extraction throw, its failure must not go unhandled.
  if (options.knowledge instanceof Promise) options.knowledge.catch(() => undefined);
  options.onProgress?.('extract');
  const page: Page = readPage(doc, url);
  const article = extractArticle(page);
  const annotation = emptyAnnotation(url, article);
  annotation.timings.extract = ms(t0);
  if (!article.isArticle) annotation.warnings.push({ code: 'not-article', message: `Not an article: ${article.reason}.` });
  await run({ page, article, url, now: options.now ?? Date.now() }, annotation, corpus, article.isArticle || !!options.force, options);
  annotation.timings.total = ms(t0);
  return annotation;
}

/** Annotates a plain-text article (paragraphs split by blank lines); offsets point into `text` unchanged. */
export async function annotateText(text: string, url: string, corpus: Corpus | undefined, options: AnnotateOptions): Promise<Annotation> {
  const t0 = now();
  const normalised = text.replace(/\r\n?/g, '\n');
  const firstLine = normalised.split('\n').find((l) => l.trim())?.trim() ?? '';
  const article: ExtractedArticle = {
    title: firstLine.length <= 200 ? firstLine : '',
    text: normalised,
    wordCount: countWords(normalised),
    isArticle: true,
    reason: 'plain text',
    lang: options.lang,
  };
  const annotation = emptyAnnotation(url, article);
  await run({ page: null, article, url, now: options.now ?? Date.now() }, annotation, corpus, true, options);
  annotation.timings.total = ms(t0);
  return annotation;
}
