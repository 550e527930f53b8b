// The language an article's text is written in, told by its script or its commonest short words: a page may
// declare none, or a wrong one (a German post under a theme's <html lang="en">), and the entity and citation
// detectors read English only.

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

/** Scripts other than Latin, by code point range, with the language a text in them is taken to be in unless
 * one declared fits, and the languages that fit. */
const SCRIPTS: { from: number; to: number; lang: string; fits: readonly string[] }[] = [
  { from: 0x0370, to: 0x03ff, lang: 'el', fits: ['el'] },
  { from: 0x0400, to: 0x04ff, lang: 'ru', fits: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg'] },
  { from: 0x0530, to: 0x058f, lang: 'hy', fits: ['hy'] },
  { from: 0x0590, to: 0x05ff, lang: 'he', fits: ['he', 'yi'] },
  { from: 0x0600, to: 0x06ff, lang: 'ar', fits: ['ar', 'fa', 'ur', 'ps', 'ku'] },
  { from: 0x0900, to: 0x097f, lang: 'hi', fits: ['hi', 'mr', 'ne'] },
  { from: 0x0980, to: 0x09ff, lang: 'bn', fits: ['bn', 'as'] },
  { from: 0x0b80, to: 0x0bff, lang: 'ta', fits: ['ta'] },
  { from: 0x0e00, to: 0x0e7f, lang: 'th', fits: ['th'] },
  { from: 0x10a0, to: 0x10ff, lang: 'ka', fits: ['ka'] },
  { from: 0x3040, to: 0x30ff, lang: 'ja', fits: ['ja'] },
  { from: 0x4e00, to: 0x9fff, lang: 'zh', fits: ['zh', 'ja'] },
  { from: 0xac00, to: 0xd7af, lang: 'ko', fits: ['ko'] },
];
const KANA = SCRIPTS.findIndex((s) => s.lang === 'ja');
const HAN = SCRIPTS.findIndex((s) => s.lang === 'zh');
/** Punctuation and symbols of every script: the Indic dandas, general punctuation, currency, arrows and shapes,
 * CJK punctuation, full-width forms, surrogates (emoji). */
const NOT_LETTERS: readonly [number, number][] = [[0x0964, 0x0965], [0x2000, 0x2bff], [0x3000, 0x303f], [0xd800, 0xdfff], [0xfe30, 0xfe4f], [0xff00, 0xff65]];
/** Characters read at most to tell the script. */
const MAX_SCRIPT_CHARS = 3000;
/** Share of a text's letters one script needs to be the text's. */
const SCRIPT_SHARE = 0.6;
/** Letters Ukrainian writes and Russian does not. */
const UKRAINIAN = /[іїєґ]/gi;

/** The language a text's script tells, when most of its letters are in one script other than Latin (kana make
 * Japanese of Han; і, ї, є, ґ Ukrainian of Cyrillic). */
export function scriptLanguage(text: string): { lang: string; fits: readonly string[] } | undefined {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  // Latin letters, and characters of other scripts than those listed (punctuation and symbols aside).
  let others = 0;
  const end = Math.min(text.length, MAX_SCRIPT_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) others++;
    else if (c >= 0x370 && !NOT_LETTERS.some(([from, to]) => c >= from && c <= to)) {
      const s = SCRIPTS.findIndex((x) => c >= x.from && c <= x.to);
      if (s >= 0) counts[s]++;
      else others++;
    }
  }
  const kana = counts[KANA];
  // Japanese writes Han and kana together: counted as one.
  if (kana) counts[HAN] += kana;
  const letters = others + counts.reduce((a, b) => a + b, 0);
  const best = counts.indexOf(Math.max(...counts));
  if (!letters || counts[best] < SCRIPT_SHARE * letters) return undefined;
  const script = SCRIPTS[best];
  if (script.lang === 'zh' && kana > 0.1 * counts[best]) return { lang: 'ja', fits: ['ja'] };
  if (script.lang === 'ru' && (text.slice(0, end).match(UKRAINIAN)?.length ?? 0) > 0.01 * counts[best]) return { lang: 'uk', fits: script.fits };
  return script;
}

/**
 * The article's language: the declared one (lower case), unless its text is mostly in a script other than
 * Latin that the declared language is not written in, or clearly in another of the languages told here, or
 * clearly English under a language not told here ("fi" on an English page of a Finnish broadcaster); the
 * text's when nothing is declared. A declared regional form is kept when the text agrees with its language
 * ("en-gb").
 */
export function articleLanguage(declared: string | undefined, text: string): string | undefined {
  // A text mostly in another script than Latin is in a language of that script ("en" on a Russian page).
  const script = scriptLanguage(text);
  if (script) return declared && script.fits.includes(declared.split(/[-_]/)[0]) ? declared : script.lang;
  const told = textLanguage(text);
  if (!told || !declared) return told ?? declared;
  const primary = declared.split(/[-_]/)[0];
  if (primary === told) return declared;
  return primary in FUNCTION_WORDS || told === 'en' ? told : declared;
}
