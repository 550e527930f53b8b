// The readable summary of an Annotation, printed by the command line and the demo.
import type { Annotation, EntityType } from '../utils/annotation';
import { creditsOf, isAgencyItself } from '../utils/credits';
import { outletTypeLabel } from '../utils/sources/outlet';

const TYPES: [EntityType, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

/** Several lines describing `a` for a reader at a terminal. */
export function summarise(a: Annotation): string {
  const lines: string[] = [];
  const s = a.source;
  lines.push(`Title:         ${a.article.title || '(none)'}`);
  const kind = [s.type && outletTypeLabel(s.type), s.country, s.stateAffiliated ? 'state-affiliated' : ''].filter(Boolean).join(', ');
  lines.push(`Source:        ${s.name ?? s.domain ?? '(unknown)'}${s.domain && s.name ? ` (${s.domain})` : ''}${kind ? ` — ${kind}` : ''}${s.known ? '' : ' — not in registry'}`);
  if (s.owner) lines.push(`Owner:         ${s.owner}`);
  if (s.stateBasis) lines.push(`State:         ${s.stateBasis}`);
  const d = a.dates.published;
  lines.push(`Published:     ${d ? `${d.iso}  [${d.from}: ${d.evidence}]` : '(no date found)'}`);
  if (a.dates.modified) lines.push(`Modified:      ${a.dates.modified.iso}  [${a.dates.modified.from}: ${a.dates.modified.evidence}]`);
  const credits = creditsOf(a.dateline, a.authors, a.source.outletId);
  if (credits.writers.length) lines.push(`Authors:       ${credits.writers.map((x) => x.name + (x.agency && !isAgencyItself(x) ? ` (${x.agency})` : '')).join(', ')}`);
  const line = credits.dateline;
  if (line) {
    const credit = line.agency ? (line.unnamedAgency ? `${line.agency} — agency copy, agency not named` : line.agency) : '';
    lines.push(line.place ? `Dateline:      ${line.place}${credit ? ` (${credit})` : ''}` : `Credited:      ${credit}`);
  }
  for (const o of credits.agencies) {
    lines.push(`Agency:        ${o.name} — ${[outletTypeLabel(o.type), o.country, o.stateBasis ? 'state-affiliated' : ''].filter(Boolean).join(', ')}`);
    if (o.stateBasis) lines.push(`State:         ${o.stateBasis}`);
  }
  lines.push(`Article:       ${a.article.isArticle ? 'yes' : 'no'}, ${a.article.wordCount} words${a.article.lang ? `, language ${a.article.lang}` : ''}`);
  for (const [type, label] of TYPES) {
    const all = a.entities.filter((e) => e.type === type);
    const list = all.slice(0, 10);
    const more = all.length > list.length ? `, and ${all.length - list.length} more (--json lists them)` : '';
    if (list.length) lines.push(`${(label + ':').padEnd(15)}${list.map((e) => `${e.name} (${e.mentions.length})`).join(', ')}${more}`);
  }
  if (a.citations.length) {
    const bySource = new Map<string, number>();
    for (const c of a.citations) bySource.set(`${c.source} [${c.kind}]`, (bySource.get(`${c.source} [${c.kind}]`) ?? 0) + 1);
    lines.push(`Cites:         ${[...bySource].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ')}`);
  }
  if (a.provenance.matches.length) {
    lines.push(`Reused:        ${Math.round(a.provenance.reusedShare * 100)}% of the text, from ${a.provenance.matches.length} corpus document(s)`);
    for (const m of a.provenance.matches) {
      const mark = m.ref.id === a.provenance.earliest ? ' (earliest)' : '';
      lines.push(`  - ${m.ref.published?.slice(0, 10) ?? 'undated'}  ${m.ref.outlet ?? ''}  ${m.ref.title}  ${Math.round(m.coverage * 100)}% of page, ${m.passages.length} passage(s)${mark}`);
    }
  }
  for (const w of a.warnings) lines.push(`Warning:       ${w.message}`);
  return lines.join('\n');
}
