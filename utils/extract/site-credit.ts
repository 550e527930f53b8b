// Credits that name no person: the site itself ("Interscenario" on interscenar.io, "Helmholtz Klima" on
// helmholtz-klima.de), an organisation ("Beispiel-Stiftung e.V.", "Muster GmbH") or a social account
// ("@ExampleNews"). Such a credit is kept only when the page names no person.
import { getDomain, getDomainWithoutSuffix, getSubdomain } from 'tldts';
import { WORD_GAPS } from '../letter-patterns';

/** Legal forms and kinds of bodies that end an organisation's name. */
const ORGANISATION = /(?:^|[\s-])(?:e\.\s?V\.?|gGmbH|GmbH|mbH|AG|SE|KG|KGaA|Ltd\.?|Inc\.?|LLC|S\.A\.|Stiftung|Verband|Verein|Bundesverband|Institut|Ministerium|Foundation|Association|Institute)$/u;

/** The words of a host's name, without "www" and the public suffix: "archiv.krimiblog.de" -> archiv, krimiblog. */
export function hostWords(host: string): string[] {
  const labels = [getSubdomain(host) ?? '', getDomainWithoutSuffix(host) ?? ''].join('.').toLowerCase().split('.');
  return labels.filter((l) => l && !/^www\d*$/.test(l)).flatMap((l) => l.split('-')).filter(Boolean);
}

const letters = (s: string) => {
  const low = s.toLowerCase();
  return low.replace(WORD_GAPS.for(low), '');
};
const wordsOf = (s: string) => {
  const low = s.toLowerCase();
  return low.split(WORD_GAPS.for(low)).filter(Boolean);
};

/** Whether `name` is the host's name written as words ("The Planetary Press" for theplanetarypress.com,
 * "Inter Scenario" for interscenar.io, "Krimiblog-Archiv" for archiv.krimiblog.de, "EFC Beispiel Bembel" for
 * beispiel-bembel.de). */
export function namesTheHost(name: string, host: string): boolean {
  const words = wordsOf(name);
  const all = hostWords(host);
  const own = (getDomainWithoutSuffix(host) ?? '').toLowerCase().split('-').filter(Boolean);
  if (!words.length || !own.length) return false;
  const compact = letters(name);
  if (compact.length >= 4 && (compact === own.join('') || compact === letters(getDomain(host) ?? ''))) return true;
  if (compact.length >= 4 && words.every((w) => all.includes(w))) return true;
  // The site's name and one more word ("EFC" before a club's name, "Online" after a paper's).
  return own.length >= 2 && own.every((w) => words.includes(w)) && words.length <= own.length + 1;
}

/** Whether a credit names an organisation or an account rather than a person. */
export function isOrganisationCredit(name: string): boolean {
  return ORGANISATION.test(name.trim()) || /^@[\w.]+$/.test(name.trim());
}
