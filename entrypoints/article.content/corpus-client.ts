// The page's side of the corpus: matching and remembering go to the background, which owns the
// IndexedDB corpus (a content script's own database would belong to the news site's origin).
import { browser } from 'wxt/browser';
import type { Annotation } from '../../utils/annotation';
import type { Corpus } from '../../utils/corpus/corpus';
import type { MatchReply, ToBackground } from '../../utils/messages';
import { REMEMBER_KEY } from '../../utils/settings';
import { offeredDocOf } from '../../utils/offered-doc';

/** A Corpus that asks the background; a corpus that cannot be reached gives no matches, not an error. */
export function backgroundCorpus(url: string): Corpus {
  return {
    async findMatches(text) {
      const msg: ToBackground = { type: 'sourcelens/match', text, url };
      const reply = (await browser.runtime.sendMessage(msg).catch(() => null)) as MatchReply | null;
      if (!reply) return [];
      if (!reply.ok) throw new Error(`The corpus could not be searched: ${reply.error}`);
      return reply.matches;
    },
  };
}

/** Adds the analysed article to the corpus when the reader switched "Remember articles I analyse" on. */
export async function rememberIfAsked(a: Annotation): Promise<void> {
  const stored = await browser.storage.local.get(REMEMBER_KEY);
  if (stored[REMEMBER_KEY] !== true || !a.article.isArticle) return;
  const msg: ToBackground = { type: 'sourcelens/add', doc: offeredDocOf(a), addedFrom: 'history' };
  await browser.runtime.sendMessage(msg).catch(() => undefined);
}
