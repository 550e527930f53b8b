// The page's <meta> tags as a lookup by lower-cased property / name / itemprop.

export interface MetaTag {
  key: string;
  content: string;
  /** The attribute the key was read from. */
  attr: 'property' | 'name' | 'itemprop' | 'http-equiv';
}

/** All meta tags with content, in document order. */
export function readMeta(doc: Document): MetaTag[] {
  const out: MetaTag[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv'] as const) {
      const key = el.getAttribute(attr);
      if (key) out.push({ key: key.trim().toLowerCase(), content, attr });
    }
  }
  return out;
}

/** The first content for any of `keys` (lower case). */
export function metaContent(tags: MetaTag[], ...keys: string[]): string | undefined {
  for (const k of keys) {
    const t = tags.find((m) => m.key === k);
    if (t) return t.content;
  }
  return undefined;
}
