import type { Annotation } from './annotation';
import type { OfferedDoc } from './messages';

/** The corpus document for an analysed page: its article text and what the popup knows about it. */
export function offeredDocOf(a: Annotation): OfferedDoc {
  return {
    url: a.url,
    title: a.article.title,
    text: a.article.text,
    ...(a.source.name ? { outlet: a.source.name } : {}),
    ...(a.dates.published ? { published: a.dates.published.iso } : {}),
  };
}
