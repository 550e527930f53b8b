// The annotation kinds, one detector each, run in this order by `annotate()`. Adding a kind is one
// module, one line here and a fixture page that shows it.
import type { Annotation } from './annotation';
import type { ExtractedArticle } from './extract/article';
import { citationSteps } from './citations';
import { extractAuthors, unnamedAgencyByline } from './extract/authors';
import { dateWarnings } from './extract/date-forensics';
import { extractDates } from './extract/dates';
import { findDateline } from './extract/dateline';
import type { Page } from './extract/page';
import { entitySteps } from './entities';
import { isForename } from './entities/features';
import type { Knowledge } from './knowledge';
import type { AnalysisStage } from './messages';
import { creditedOutlets, identifySource } from './sources/identify';
import type { Steps } from './time-slice';

/** What every detector may read. */
export interface DetectorInput {
  /** The parsed page; null in plain-text mode. */
  page: Page | null;
  article: ExtractedArticle;
  url: string;
  /** Analysis time, ms since the epoch (dates after it are in the future). */
  now: number;
}

interface DetectorBase {
  /** Also the stage the popup shows while it runs. */
  name: AnalysisStage;
  /** Reads the live page's markup (skipped in plain-text mode). */
  needsPage?: boolean;
  /** Reads the article text (skipped on non-articles unless the reader asks anyway). */
  needsText?: boolean;
}

/**
 * One annotation kind. Those that read the knowledge (the registry or the entity model) say so and are given
 * it; the others run before it has been read. Long work returns steps (utils/time-slice.ts) so that the
 * caller can run it in turns.
 */
export type Detector =
  | (DetectorBase & { needsKnowledge?: false; run(input: DetectorInput, into: Annotation): void | Steps<void> })
  | (DetectorBase & { needsKnowledge: true; run(input: DetectorInput & { knowledge: Knowledge }, into: Annotation): void | Steps<void> });

const isEnglish = (lang?: string) => !lang || /^en\b/i.test(lang);

export const DETECTORS: Detector[] = [
  // Dates first: they need no knowledge, so they run while the content script still reads it.
  {
    name: 'dates',
    needsPage: true,
    run: ({ page, now }, a) => {
      a.dates = extractDates(page!);
      a.warnings.push(...dateWarnings(a.dates, now));
    },
  },
  {
    name: 'source',
    needsKnowledge: true,
    run: ({ page, url, knowledge }, a) => {
      a.source = identifySource(page ?? { url: safeUrl(url), meta: [], jsonLd: [] }, knowledge.registry);
    },
  },
  {
    name: 'authors',
    needsPage: true,
    needsKnowledge: true,
    run: ({ page, article, knowledge }, a) => {
      // The recogniser's gazetteer of given names is unpacked only when a footer's copyright holder is weighed.
      a.authors = extractAuthors(page!, article.byline, knowledge.registry, { isForename: (w) => isForename(knowledge.entityLexicon(), w), articleText: article.text });
    },
  },
  {
    name: 'dateline',
    needsText: true,
    needsKnowledge: true,
    // After the authors: a text that credits no agency takes the one its byline credits.
    run: ({ page, article, knowledge }, a) => {
      // A closing credit counts when it names an agency or outlet the registry knows, other than the page's own.
      const creditable = (name: string) => {
        const outlet = knowledge.registry.byName(name);
        return !!outlet && outlet.id !== a.source.outletId;
      };
      let dateline = findDateline(article.text, creditable);
      if (!dateline?.agency) {
        const named = a.authors.find((x) => x.agency)?.agency;
        const unnamed = named || !page ? undefined : unnamedAgencyByline(page, article.byline);
        const credit = named ?? unnamed;
        if (credit) dateline = { ...(dateline ?? { raw: credit }), agency: credit, ...(unnamed ? { unnamedAgency: true } : {}) };
      }
      // A named agency is profiled like the page's own outlet: who it is, where, and whether a state runs it.
      const outlets = dateline?.agency && !dateline.unnamedAgency ? creditedOutlets(dateline.agency, knowledge.registry) : [];
      a.dateline = dateline && outlets.length ? { ...dateline, agencyOutlets: outlets } : dateline;
    },
  },
  {
    name: 'entities',
    needsText: true,
    needsKnowledge: true,
    *run({ article, knowledge }, a) {
      if (!isEnglish(article.lang)) {
        a.warnings.push({ code: 'entities-english-only', message: `Entities are found in English text only; this page is in "${article.lang}".` });
        return;
      }
      // An unnamed credit ("Dispatches", "agencies") is not an organisation the article is about.
      const credit = a.dateline?.unnamedAgency && a.dateline.creditSpan ? [a.dateline.creditSpan] : [];
      const dateline = a.dateline?.place && a.dateline.span ? { span: a.dateline.span, place: a.dateline.place } : undefined;
      const outlets = { outletOf: (name: string) => knowledge.registry.byName(name)?.id, own: [a.source.name, article.siteName].filter((n): n is string => !!n) };
      a.entities = yield* entitySteps(article.text, knowledge.entityModel(), article.title, { ignore: credit, dateline, outlets });
    },
  },
  {
    name: 'citations',
    needsText: true,
    needsKnowledge: true,
    // Reads the entities for named speakers; English only, like them (the entities detector warns once).
    *run({ article, knowledge }, a) {
      if (isEnglish(article.lang)) a.citations = yield* citationSteps(article.text, a.entities, knowledge.registry);
    },
  },
];

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
