// Key entities of an article: the recogniser's mentions merged into one entity per referent and ranked.
import type { Entity, Span } from '../annotation';
import { mergeMentions } from './merge';
import { attachRoles, markSubjects, stripTitles } from './roles';
import { tagSteps } from './tagger';
import type { Model } from './tagger/model';
import { runToEnd, type Steps } from '../time-slice';
import { correctTypes } from './type-rules';

/**
 * Entities of `text` (paragraphs split by blank lines) found with the recogniser's `model`, ranked by salience;
 * `title` raises what it names; mentions overlapping `ignore` (e.g. a "Dispatches" credit) are left out. People
 * carry the roles printed with their names ("Kremlin aide"), never inside them.
 */
export function findEntities(text: string, model: Model, title = '', opts: { ignore?: Span[] } = {}): Entity[] {
  return runToEnd(entitySteps(text, model, title, opts));
}

/** findEntities as steps (see utils/time-slice.ts): the recogniser yields after every sentence. */
export function* entitySteps(text: string, model: Model, title = '', opts: { ignore?: Span[] } = {}): Steps<Entity[]> {
  if (!text.trim()) return [];
  const ignore = opts.ignore ?? [];
  const tagged = correctTypes(yield* tagSteps(text, model)).filter((m) => !ignore.some((r) => m.start < r.end && m.end > r.start));
  yield;
  const mentions = markSubjects(text, stripTitles(tagged));
  const firstBreak = text.indexOf('\n\n');
  const leadEnd = firstBreak > 0 && firstBreak < 600 ? Math.max(firstBreak, 300) : Math.min(text.length, 600);
  return attachRoles(text, mergeMentions(mentions, { title, textLength: text.length, leadEnd }));
}
