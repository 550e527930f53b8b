// The language of an article's text, told by its function words, and when it overrides the declared one.
import { describe, expect, it } from 'vitest';
import { articleLanguage, textLanguage } from '../../utils/extract/language';

const TEXTS: Record<string, string> = {
  en: 'The council said on Tuesday that the harbour plan would go ahead, and that work on the new quay was expected to start in the spring. It has been delayed twice by the cost of steel, which the contractors said they would not carry alone. They have asked for more time from the port.',
  de: 'Der Gemeinderat hat am Dienstag beschlossen, dass der Hafenplan umgesetzt wird. Die Arbeiten an der neuen Kaimauer sollen im Frühjahr beginnen, sind aber nicht billig. Auch die Stadt wird sich an den Kosten beteiligen, die von den Firmen nicht allein getragen werden.',
  fr: 'Le conseil a annoncé mardi que le projet du port serait mené à bien, et que les travaux sur le nouveau quai devraient commencer au printemps. Ils ont été retardés deux fois par le coût de l\'acier, que les entreprises ne veulent pas porter seules dans cette affaire.',
  es: 'El consejo anunció el martes que el plan del puerto seguirá adelante, y que las obras del nuevo muelle empezarán en la primavera. Se han retrasado dos veces por el precio del acero, que las empresas no quieren pagar solas, como explicó su portavoz para este diario.',
  it: 'Il consiglio ha annunciato martedì che il piano del porto andrà avanti, e che i lavori della nuova banchina inizieranno in primavera. Sono stati rinviati due volte per il costo dell\'acciaio, che le imprese non vogliono sostenere da sole, come ha detto anche il sindaco della città.',
  pt: 'O conselho anunciou na terça-feira que o plano do porto vai seguir em frente, e que as obras do novo cais devem começar na primavera. Foram adiadas duas vezes pelo custo do aço, que as empresas não querem pagar sozinhas, como disse também o porta-voz da câmara para os jornais.',
  nl: 'De gemeenteraad heeft dinsdag besloten dat het havenplan wordt uitgevoerd, en dat het werk aan de nieuwe kade in het voorjaar begint. Het werd twee keer uitgesteld door de prijs van staal, die de bedrijven niet alleen willen dragen, maar de stad wil er ook niet voor betalen.',
  pl: 'Rada miasta ogłosiła we wtorek, że plan portu zostanie zrealizowany, a prace przy nowym nabrzeżu mają się rozpocząć wiosną. Już dwa razy były opóźnione przez cenę stali, której firmy nie chcą same ponosić, jak powiedział rzecznik, który jest także radnym. To nie jest tak proste.',
};

describe('textLanguage', () => {
  it.each(Object.entries(TEXTS))('tells %s', (lang, text) => expect(textLanguage(text)).toBe(lang));

  it('tells nothing from a short text, a results table or a mixture', () => {
    expect(textLanguage('The council said yes.')).toBeUndefined();
    expect(textLanguage('1. Z. Wü 12,3 sec LG Staufen\n2. A. O. 12,5 sec SSV Ulm\n'.repeat(20))).toBeUndefined();
    expect(textLanguage(`${TEXTS.en} ${TEXTS.de}`)).toBeUndefined();
  });
});

describe('articleLanguage', () => {
  const rows: [string, string | undefined, string, string | undefined][] = [
    ['a German text under a theme\'s lang="en"', 'en', TEXTS.de, 'de'],
    ['the declared regional form when the text agrees', 'en-gb', TEXTS.en, 'en-gb'],
    ['the text\'s language when none is declared', undefined, TEXTS.fr, 'fr'],
    ['an English text under a language not told here', 'fi', TEXTS.en, 'en'],
    ['a language not told here, the text read as a close one', 'ca', TEXTS.es, 'ca'],
    ['a declared form with an underscore', 'de_ch', TEXTS.de, 'de_ch'],
    ['the declared language when the text says nothing', 'de', 'Kurz.', 'de'],
    // Texts mostly in another script than Latin: the script's language, unless a declared one is written in it.
    ['Russian under lang="en"', 'en', 'МОСКВА, 29 июня. /ТАСС/. Движение от Можайского до Новорижского шоссе открывается в субботу.', 'ru'],
    ['Ukrainian by its own letters', undefined, 'Синоптики обіцяють українцям з наступного тижня сильну спеку, яка буде перериватись грозами.', 'uk'],
    ['a declared language written in the script', 'bg', 'Синоптиците обещават силна жега от следващата седмица, прекъсвана от гръмотевични бури.', 'bg'],
    ['Bengali under lang="en-us", its dandas aside', 'en-us', 'কুষ্টিয়া-১ আসনের সংসদ সদস্য অ্যাডভোকেট সারওয়ার জাহান বাদশার ফুপাতো ভাই হত্যা করা হয়েছে। এ সময় জব্বার', 'bn'],
    ['Japanese by its kana', undefined, '東京都は二十日、新たに感染者が確認されたと発表した。これで都内の感染者は合計で千人を超えた。', 'ja'],
    ['Chinese without kana', undefined, '新华社北京电 国家主席习近平在人民大会堂会见了来访的外国领导人，双方就两国关系交换了意见。', 'zh'],
    ['English quoting a few Cyrillic words', 'en', `${TEXTS.en} The sign read «Добро пожаловать».`, 'en'],
  ];
  it.each(rows)('%s', (_, declared, text, want) => expect(articleLanguage(declared, text)).toBe(want));
});
