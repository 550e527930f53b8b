// The language an article's text is written in, told by its commonest short words: a page may declare none,
// or a wrong one (a German post under a theme's <html lang="en">), and the entity and citation detectors
// read English only.

/** Each language's commonest short words (lower case, two letters or more), chosen to tell the languages apart. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'it', 'on', 'this', 'have', 'from', 'by', 'not', 'but', 'they', 'he', 'she', 'which', 'would', 'has', 'were', 'their', 'been'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'sich', 'auf', 'des', 'dem', 'ein', 'eine', 'auch', 'für', 'im', 'wir', 'werden', 'wird', 'sind', 'einer', 'oder', 'aber', 'nach'],
  fr: ['le', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'sont', 'par', 'aux', 'ont', 'mais', 'cette', 'été', 'leur'],
  es: ['el', 'los', 'las', 'que', 'en', 'una', 'es', 'por', 'con', 'para', 'del', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'esta', 'entre'],
  it: ['il', 'di', 'che', 'un', 'una', 'per', 'non', 'del', 'della', 'con', 'sono', 'gli', 'nel', 'alla', 'anche', 'dei', 'delle', 'come', 'più', 'ma', 'questo', 'ha', 'nella', 'dal'],
  pt: ['os', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'dos', 'das', 'se', 'mais', 'ao', 'pelo', 'pela', 'como', 'foi', 'seu', 'sua', 'muito', 'também', 'são', 'nos'],
  pl: ['się', 'nie', 'na', 'do', 'że', 'jest', 'to', 'od', 'po', 'przez', 'jak', 'dla', 'już', 'oraz', 'są', 'ich', 'tym', 'czy', 'tak', 'jego', 'który', 'która', 'także', 'było', 'być'],
  nl: ['het', 'een', 'en', 'van', 'dat', 'op', 'te', 'niet', 'met', 'voor', 'zijn', 'aan', 'ook', 'er', 'maar', 'wordt', 'werd', 'naar', 'bij', 'deze', 'nog', 'worden', 'heeft', 'om', 'dan'],
};

const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

/** Words read at most. */
const MAX_WORDS = 3000;
/** Function words a text needs before its language is told. */
const MIN_HITS = 12;
/** How many times more hits the language told has than the next. */
const MARGIN = 2;

/** The language `text` is written in (an ISO 639-1 code) when its function words say so clearly; undefined otherwise. */
export function textLanguage(text: string): string | undefined {
  const hits = new Map<string, number>();
  let words = 0;
  for (const m of text.toLowerCase().matchAll(/[a-zß-öø-ÿąćęłńśźżčřšžőű]+/g)) {
    if (++words > MAX_WORDS) break;
    for (const lang of LANGUAGES_OF.get(m[0]) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const [first, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_HITS || (second && first[1] < MARGIN * second[1])) return undefined;
  return first[0];
}

/**
 * The article's language: the declared one (lower case), unless its text is clearly in another of the
 * languages told here, or clearly English under a language not told here ("fi" on an English page of a
 * Finnish broadcaster); the text's when nothing is declared. A declared regional form is kept when the text
 * agrees with its language ("en-gb").
 */
export function articleLanguage(declared: string | undefined, text: string): string | undefined {
  const told = textLanguage(text);
  if (!told || !declared) return told ?? declared;
  const primary = declared.split(/[-_]/)[0];
  if (primary === told) return declared;
  return primary in FUNCTION_WORDS || told === 'en' ? told : declared;
}
