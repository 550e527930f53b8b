// Key entities of an article: the recogniser's mentions merged into one entity per referent and ranked.
import type { Entity, Span } from '../annotation';
import { isCompanyOnly, isForename } from './features';
import { mergeMentions } from './merge';
import { attachRoles, markSubjects, stripTitles } from './roles';
import { tagSteps } from './tagger';
import type { Model } from './tagger/model';
import { runToEnd, type Steps } from '../time-slice';
import { companiesNotPlaces, correctTypes, withoutQuotedTitles } from './type-rules';

export interface EntityOptions {
  /** Spans whose mentions are left out (e.g. a "Dispatches" credit). */
  ignore?: Span[];
  /** The text's dateline and its place as a reader writes it ("NEW YORK (Reuters) -" and "New York"). */
  dateline?: { span: Span; place: string };
  /** The news outlet a name is (the registry's id for it), and the page's own outlet's names: see
   * outletsAsOrganisations and sameOutletsMerged. */
  outlets?: { outletOf: (name: string) => string | undefined; own: string[] };
}

/**
 * Entities of `text` (paragraphs split by blank lines) found with the recogniser's `model`, ranked by salience;
 * `title` raises what it names; mentions overlapping `ignore` are left out. People carry the roles printed with
 * their names ("Kremlin aide"), never inside them.
 */
export function findEntities(text: string, model: Model, title = '', opts: EntityOptions = {}): Entity[] {
  return runToEnd(entitySteps(text, model, title, opts));
}

/** A place named only in its dateline's capitals ("NEW YORK (Reuters) -") is named as the dateline's place is ("New York"). */
export function withDatelinePlace(entities: Entity[], dateline: NonNullable<EntityOptions['dateline']>): Entity[] {
  const { span, place } = dateline;
  return entities.map((e) =>
    e.name !== place && e.name === e.name.toUpperCase() && e.name.toLowerCase() === place.toLowerCase() && e.mentions.some((m) => m.start >= span.start && m.end <= span.end)
      ? { ...e, name: place, aliases: [e.name, ...e.aliases] }
      : e,
  );
}

/** findEntities as steps (see utils/time-slice.ts): the recogniser yields after every sentence. */
export function* entitySteps(text: string, model: Model, title = '', opts: EntityOptions = {}): Steps<Entity[]> {
  if (!text.trim()) return [];
  const ignore = opts.ignore ?? [];
  const outlets = opts.outlets;
  const isOutlet = outlets && ((name: string) => outlets.outletOf(name) !== undefined);
  const forename = (w: string) => isForename(model.lex, w);
  const typed = correctTypes(yield* tagSteps(text, model), isOutlet, forename);
  const tagged = withoutQuotedTitles(text, companiesNotPlaces(text, typed, (w) => isCompanyOnly(model.lex, w))).filter((m) => !ignore.some((r) => m.start < r.end && m.end > r.start));
  yield;
  const mentions = markSubjects(text, stripTitles(tagged, forename));
  const firstBreak = text.indexOf('\n\n');
  const leadEnd = firstBreak > 0 && firstBreak < 600 ? Math.max(firstBreak, 300) : Math.min(text.length, 600);
  let entities = attachRoles(text, mergeMentions(mentions, { title, textLength: text.length, leadEnd, isForename: forename }));
  if (opts.dateline) entities = withDatelinePlace(entities, opts.dateline);
  return outlets && isOutlet ? sameOutletsMerged(outletsAsOrganisations(entities, isOutlet, outlets.own), outlets.outletOf) : entities;
}

/**
 * Organisations that are one outlet by the registry ("AP" and "Associated Press", "NBC" and "NBC News") are one
 * entity, under the fuller name, with the other among its aliases, at the rank of the more salient.
 */
export function sameOutletsMerged(entities: Entity[], outletOf: (name: string) => string | undefined): Entity[] {
  const at = new Map<string, number>();
  const out: Entity[] = [];
  for (const e of entities) {
    const id = e.type === 'organization' ? outletOf(e.name.replace(/^The\s+/, '')) : undefined;
    const i = id === undefined ? undefined : at.get(id);
    if (i === undefined) {
      if (id !== undefined) at.set(id, out.length);
      out.push(e);
      continue;
    }
    // Ranked first, the entity kept is the more salient one.
    const kept = out[i];
    const name = e.name.length > kept.name.length ? e.name : kept.name;
    const aliases = [...new Set([kept.name, e.name, ...kept.aliases, ...e.aliases])].filter((n) => n !== name);
    out[i] = { ...kept, name, aliases, mentions: [...kept.mentions, ...e.mentions].sort((a, b) => a.start - b.start) };
  }
  return out;
}

/**
 * A place or person whose name is a news outlet's ("Politico", "Al Arabiya", "El País") is that outlet, an
 * organisation. A one-word person may be someone of that surname ("Bloomberg", "Watson"): only the page's own
 * outlet ("Gizmodo" on gizmodo.com) is taken for the outlet then.
 */
export function outletsAsOrganisations(entities: Entity[], isOutlet: (name: string) => boolean, ownNames: string[] = []): Entity[] {
  const own = new Set(ownNames.map((n) => n.toLowerCase()));
  const outlet = (e: Entity) =>
    e.type === 'place' ? isOutlet(e.name) : e.type === 'person' && (/\s/.test(e.name) || own.has(e.name.toLowerCase())) && isOutlet(e.name);
  return entities.map((e) => (outlet(e) ? { ...e, type: 'organization' } : e));
}
