// What several detectors read from the same page, parsed once.
import { readJsonLd, type JsonLdNode } from './json-ld';
import { readMeta, type MetaTag } from './meta';

/** The page as the detectors see it. */
export interface Page {
  doc: Document;
  /** The page's URL, null when unknown or unparsable. */
  url: URL | null;
  jsonLd: JsonLdNode[];
  meta: MetaTag[];
  /** Language from `<html lang>` or `og:locale`, lower case. */
  lang?: string;
}

/** Reads the parts of `doc` that several detectors share. */
export function readPage(doc: Document, url: string): Page {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const meta = readMeta(doc);
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const ogLocale = meta.find((m) => m.key === 'og:locale')?.content.replace('_', '-');
  const lang = (htmlLang || ogLocale || undefined)?.toLowerCase();
  return { doc, url: parsed, jsonLd: readJsonLd(doc), meta, lang };
}
