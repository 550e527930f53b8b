// The headline from small hand-written pages: headings against <title>, og:title and JSON-LD, row by row.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleHeadings } from '../../utils/extract/headings';
import { readPage } from '../../utils/extract/page';
import { extractTitle, stripSiteName } from '../../utils/extract/title';

const page = (head: string, body: string, url = 'https://example.org/a/story') =>
  readPage(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);

describe('extractTitle', () => {
  const rows: { name: string; head: string; body: string; title: string }[] = [
    {
      name: 'reads a heading without its ruby readings',
      head: '<title>NEWS WEB|子供が学校へ行く</title>',
      body: '<h1><ruby>子供<rt>こども</rt></ruby>が<ruby>学校<rt>がっこう</rt></ruby>へ行く</h1>',
      title: '子供が学校へ行く',
    },
    {
      name: 'drops a kicker that follows a style element',
      head: '<title>Harbour reopens after the storm</title>',
      body: '<h1><style>.k{color:grey}</style><span class="k">Press release of the port authority</span>Harbour reopens after the storm</h1>',
      title: 'Harbour reopens after the storm',
    },
    {
      name: 'takes the part of a many-part <title> that the description repeats whole',
      head: '<title>Riverside Rowing Club - Spring regatta moves to May - Club News - News</title><meta name="description" content="Spring regatta moves to May">',
      body: '<p>Text</p>',
      title: 'Spring regatta moves to May',
    },
    {
      name: 'takes no part of one or two words for the page\'s own, even when the description repeats it',
      head: '<title>Regatta - Spring races move to the river - Riverside Rowing Club</title><meta name="description" content="Regatta">',
      body: '<p>Text</p>',
      title: 'Regatta - Spring races move to the river - Riverside Rowing Club',
    },
    {
      name: 'composes decomposed letters (NFC)',
      head: '<title>Cafe\u0301 reopens</title>',
      body: '<p>Text</p>',
      title: 'Caf\u00e9 reopens',
    },
    {
      name: 'prefers a short <h1> to a <title> that shares no word with it',
      head: '<title>Smith &amp; Partners Law Office</title>',
      body: '<h1>Welcome!</h1><p>Text</p>',
      title: 'Welcome!',
    },
    {
      name: 'keeps the metadata when a short <h1> abbreviates them',
      head: '<title>World news | The Gazette</title><meta property="og:site_name" content="The Gazette">',
      body: '<h1>World</h1><p>Text</p>',
      title: 'World news',
    },
    {
      name: 'prefers an <h1> that rewords the story to agreed SEO metadata',
      head: '<title>Top rain jackets 2023 compared in our big test - Review</title><meta property="og:title" content="Top rain jackets 2023 compared in our big test - Review">' +
        '<script type="application/ld+json">{"@type":"Article","headline":"Top rain jackets 2023 compared in our big test - Review"}</script>',
      body: '<h1 class="entry-title">Buying advice: light rain jackets keep hikers dry for hours</h1><p>Text</p>',
      title: 'Buying advice: light rain jackets keep hikers dry for hours',
    },
    {
      name: 'keeps agreed metadata over an <h1> naming the section',
      head: '<title>Council approves the new bridge budget - Daily</title><meta property="og:title" content="Council approves the new bridge budget">' +
        '<script type="application/ld+json">{"@type":"Article","headline":"Council approves the new bridge budget"}</script>',
      body: '<h1 class="section-name">Northtown district</h1><p>Text</p>',
      title: 'Council approves the new bridge budget',
    },
    {
      name: 'keeps the last part of a <title> that is not the declared site name',
      head: '<title>How to repot an orchid without hurting its roots | Step-by-step guide</title><meta property="og:site_name" content="Windowsill Weekly">',
      body: '<h2 class="hero">How to repot an orchid without hurting its roots | Step-by-step guide</h2><p>Text</p>',
      title: 'How to repot an orchid without hurting its roots | Step-by-step guide',
    },
    {
      name: 'reads the first <h2> when there is no <h1> and the <title> is "Section - Site"',
      head: '<title>Training - Fire Brigade Northtown</title>',
      body: '<h2 class="hide">Skip to content</h2><h2>Boat crew training</h2><p>Text</p><h2>Contact</h2>',
      title: 'Boat crew training',
    },
    {
      name: 'keeps a plain <title> over an <h2> when there is no <h1>',
      head: '<title>Quiet electric ferries tested</title>',
      body: '<h2>Support</h2><p>Text</p>',
      title: 'Quiet electric ferries tested',
    },
    {
      name: 'keeps og:title over an <h2> when there is no <h1>',
      head: '<title>Boat crews train - Fire Brigade</title><meta property="og:title" content="Boat crews train">',
      body: '<h2>Latest posts</h2><p>Text</p>',
      title: 'Boat crews train',
    },
  ];
  for (const r of rows) it(r.name, () => expect(extractTitle(page(r.head, r.body))).toBe(r.title));
});

describe('visibleHeadings', () => {
  const rows: { name: string; body: string; texts: string[] }[] = [
    { name: 'leaves out headings hidden by class', body: '<h2 class="element-invisible">Search form</h2><h2 class="text-hide">Main</h2><h2 class="box hide">Menu</h2><h2 class="hide-sm">Story</h2>', texts: ['Story'] },
    { name: 'leaves out a heading classed as the kicker', body: '<h1 class="strapline">Ferry update</h1><h2 class="title">Ferries run again</h2>', texts: ['Ferries run again'] },
    { name: 'leaves out a kicker before a hidden dash', body: '<h1><span>Spring floods</span><span aria-hidden="true"> – </span><span>Why old levees give way</span></h1>', texts: ['Why old levees give way'] },
    { name: 'leaves out a kicker before an invisible colon', body: '<h1><span class="green">Grid fees</span><span class="invisible">: </span><span>Utility lowers night tariffs</span></h1>', texts: ['Utility lowers night tariffs'] },
    { name: 'keeps a visible dash', body: '<h1><span>Spring floods</span><span> – </span><span>Why old levees give way</span></h1>', texts: ['Spring floods – Why old levees give way'] },
    { name: 'leaves out a part printed small', body: '<h1><span class="h1small">Savings campaign</span> Free water audit for tenants</h1>', texts: ['Free water audit for tenants'] },
    { name: 'leaves out an <h1> in a side panel', body: '<div class="sidepanel"><h1>Tools</h1></div><div class="has-sidebar"><h1>Downloads</h1></div>', texts: ['Downloads'] },
    { name: 'leaves out a separator a screen reader reads after the headline', body: '<h1><span>Energy transition and mobility</span> <span class="aural">: </span><small><span class="aural">, Topic:</span> Research</small></h1>', texts: ['Energy transition and mobility'] },
    { name: 'leaves out ruby readings', body: '<h1><ruby>漢字<rt>かんじ</rt></ruby>の本</h1>', texts: ['漢字の本'] },
  ];
  for (const r of rows) it(r.name, () => expect(visibleHeadings(page('', r.body).doc).map((h) => h.text)).toEqual(r.texts));
});

describe('stripSiteName', () => {
  const rows: [string, string[], string, boolean][] = [
    ['NEWS WEB|子供が学校へ行く', ['NEWS WEB'], '子供が学校へ行く', true],
    ['How to repot an orchid without hurting its roots | Step-by-step guide', [], 'How to repot an orchid without hurting its roots', true],
    ['How to repot an orchid without hurting its roots | Step-by-step guide', ['Windowsill Weekly'], 'How to repot an orchid without hurting its roots | Step-by-step guide', false],
  ];
  for (const [title, names, want, guess] of rows) it(`${title} -> ${want}`, () => expect(stripSiteName(title, names, guess)).toBe(want));
});
