// The part of an Annotation a fixture's expected.json records: what a reader sees in the popup.
// Regenerate with `npm run fixtures:update` and review the diff.
import type { Annotation, EntityType } from '../../utils/annotation';

export interface Projection {
  url: string;
  article: { title: string; isArticle: boolean; lang?: string; wordCount: number; paragraphs: number };
  source: Pick<Annotation['source'], 'domain' | 'known' | 'name' | 'country' | 'type' | 'stateAffiliated'>;
  dates: { published: { iso: string; from: string } | null; modified: { iso: string; from: string } | null };
  authors: Annotation['authors'];
  dateline: { place?: string; agency?: string; unnamedAgency?: boolean; agencyOutlets?: string[] } | null;
  keyEntities: Record<EntityType, string[]>;
  citations: string[];
  warnings: string[];
}

const claim = (c?: { iso: string; from: string }) => (c ? { iso: c.iso, from: c.from } : null);

/** The popup-level facts of `a`, in a stable shape. */
export function project(a: Annotation): Projection {
  const names = (t: EntityType) => a.entities.filter((e) => e.type === t).slice(0, 10).map((e) => e.name);
  const d = a.dateline;
  return {
    url: a.url,
    article: {
      title: a.article.title,
      isArticle: a.article.isArticle,
      lang: a.article.lang,
      wordCount: a.article.wordCount,
      paragraphs: a.article.text ? a.article.text.split('\n\n').length : 0,
    },
    source: {
      domain: a.source.domain,
      known: a.source.known,
      name: a.source.name,
      country: a.source.country,
      type: a.source.type,
      stateAffiliated: a.source.stateAffiliated,
    },
    dates: { published: claim(a.dates.published), modified: claim(a.dates.modified) },
    authors: a.authors,
    dateline: d ? { place: d.place, agency: d.agency, unnamedAgency: d.unnamedAgency, agencyOutlets: d.agencyOutlets?.map((o) => o.outletId) } : null,
    keyEntities: { person: names('person'), organization: names('organization'), place: names('place') },
    citations: a.citations.map((c) => `${c.kind}: ${c.source} (${c.verb})`),
    warnings: a.warnings.map((w) => w.code),
  };
}
