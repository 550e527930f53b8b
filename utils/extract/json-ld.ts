// Reads the JSON-LD blocks of a page into a flat list of typed nodes, tolerating the broken JSON real
// pages serve (trailing commas, raw newlines in strings, HTML comments around the block).

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|Posting|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle)$/i;

/** The first complete JSON value at the start of `text` (a stray brace or a second object may follow it). */
export function firstJsonValue(text: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return text.slice(0, i + 1);
  }
  return text;
}

const tryParse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Parses a JSON-LD block; tolerates trailing commas, raw control characters and extra text after the value. */
export function parseLoose(raw: string): unknown {
  const text = raw.replace(/^\s*(<!--|\/\/<!\[CDATA\[)/, '').replace(/(-->|\/\/\]\]>)\s*$/, '').trim();
  if (!text) return undefined;
  const repaired = (t: string) => t.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' ');
  return tryParse(text) ?? tryParse(repaired(text)) ?? tryParse(repaired(firstJsonValue(text)));
}

/** Every object carrying an `@type` in the page's JSON-LD, in document order, nested ones included. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = v as JsonLdNode;
    if (node['@type'] !== undefined) out.push(node);
    for (const [k, child] of Object.entries(node)) if (k !== '@context') visit(child, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    visit(parseLoose(script.textContent ?? ''), 0);
  }
  return out;
}

/** The node's `@type` values. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Whether the node describes an article (NewsArticle, BlogPosting, ReportageNewsArticle, ...). */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

/** A string value, or the first string of an array, or the `name` / `@value` of an object. */
export function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textValue(x);
      if (t) return t;
    }
    return undefined;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonLdNode;
    return textValue(o.name ?? o['@value']);
  }
  return undefined;
}

/** All names in a value that may be a string, a Person/Organization object or an array of them. */
export function namesOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(namesOf);
  const t = textValue(v);
  return t ? [t] : [];
}

/** `v` with `{"@id": …}` references replaced by the page's node of that id (Yoast graphs link authors so). */
export function resolveRefs(v: unknown, nodes: JsonLdNode[]): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, nodes));
  if (v && typeof v === 'object') {
    const o = v as JsonLdNode;
    if (typeof o['@id'] === 'string' && o.name === undefined) return nodes.find((n) => n['@id'] === o['@id'] && n.name !== undefined) ?? v;
  }
  return v;
}
