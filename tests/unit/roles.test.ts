import { describe, expect, it } from 'vitest';
import { findEntities } from '../../utils/entities';
import { builtInEntityModel } from '../../utils/entities/built-in-model';
import { mergeMentions, type Mention } from '../../utils/entities/merge';
import { markSubjects, roleAfter, roleBefore, stripTitles, titleLength } from '../../utils/entities/roles';

describe('roleBefore / roleAfter', () => {
  // [text, name, role printed before it, role printed after it]
  const rows: [string, string, string | undefined, string | undefined][] = [
    ['Kremlin aide Yury Ushakov said', 'Yury Ushakov', 'Kremlin aide', undefined],
    ['a summit between U.S. President Donald Trump and', 'Donald Trump', 'U.S. President', undefined],
    ['talks with Russian President Putin on Friday', 'Putin', 'Russian President', undefined],
    ['Putin briefed Chinese leader Xi Jinping on', 'Xi Jinping', 'Chinese leader', undefined],
    ['his talks with U.S. special envoy Steve Witkoff regarding', 'Steve Witkoff', 'U.S. special envoy', undefined],
    ['and Belarusian President Alexander Lukashenko on Friday', 'Alexander Lukashenko', 'Belarusian President', undefined],
    ['and his Russian counterpart Vladimir Putin as early as', 'Vladimir Putin', 'Russian counterpart', undefined],
    ['Former U.S. President Barack Obama said', 'Barack Obama', 'Former U.S. President', undefined],
    ["talks with the company's chief executive John Smith", 'John Smith', "company's chief executive", undefined],
    ["The port authority's chief executive, Graham Ashdown, urged", 'Graham Ashdown', "port authority's chief executive", undefined],
    ['The Mayor of Northgate, Priya Raman, called', 'Priya Raman', 'Mayor of Northgate', undefined],
    ['but Acting U.S. Attorney for the District of Massachusetts Joshua Levy said', 'Joshua Levy', 'Acting U.S. Attorney for the District of Massachusetts', undefined],
    ['said Secretary of State Marco Rubio', 'Marco Rubio', 'Secretary of State', undefined],
    ['the Bank of England Andrew Bailey', 'Andrew Bailey', undefined, undefined],
    ["Deirdre Callan, the union's general secretary, said", 'Deirdre Callan', undefined, "union's general secretary"],
    ['Dmitry Peskov, the Kremlin spokesman.', 'Dmitry Peskov', undefined, 'Kremlin spokesman'],
    ['Putin, who met the president, said', 'Putin', undefined, undefined],
    ['Moscow values China’s role, Xi Jinping said', 'Xi Jinping', undefined, undefined],
    ['they met the general. Smith said', 'Smith', undefined, undefined],
    ['Meanwhile, Putin said', 'Putin', undefined, undefined],
  ];
  for (const [text, name, before, after] of rows) {
    it(`${name} in "${text}"`, () => {
      const at = text.indexOf(name);
      expect(roleBefore(text, at)).toBe(before);
      expect(roleAfter(text, at + name.length)).toBe(after);
    });
  }
});

describe('titleLength / stripTitles: the name never holds the role', () => {
  const rows: [string, string][] = [
    ['President Vladimir Putin', 'Vladimir Putin'],
    ['Kremlin aide Yury Ushakov', 'Yury Ushakov'],
    ['Secretary of State Marco Rubio', 'Marco Rubio'],
    ['Gen. Mark Milley', 'Mark Milley'],
    ['immunologist Jane Roe', 'Jane Roe'],
    ['Bill de Blasio', 'Bill de Blasio'],
    ['John King', 'John King'],
    ['Xi', 'Xi'],
    ['“Ambassador Gordon Sondland', 'Gordon Sondland'],
    ['“Jane Roe', '“Jane Roe'],
  ];
  for (const [name, bare] of rows) it(name, () => expect(name.slice(titleLength(name))).toBe(bare));

  it('ends a title naming what its holder heads before the last given name', () => {
    const given = new Set(['Joshua', 'Hillary', 'Virginia', 'Jason', 'Marco']);
    const isForename = (w: string) => given.has(w);
    const rows: [string, string][] = [
      ['U.S. Attorney for the District of Massachusetts Joshua Levy', 'Joshua Levy'],
      ['Secretary of State Hillary Rodham Clinton', 'Hillary Rodham Clinton'],
      ['Attorney General of Virginia Jason Miyares', 'Jason Miyares'],
      ['Secretary of State Marco Rubio', 'Marco Rubio'],
    ];
    for (const [name, bare] of rows) expect(name.slice(titleLength(name, isForename))).toBe(bare);
    // Without given names, a title "of" a name of several words is not cut.
    expect(titleLength('U.S. Attorney for the District of Massachusetts Joshua Levy')).toBe(0);
  });

  it('moves the mention start, keeps organisations as they are', () => {
    const text = 'President Vladimir Putin met Foreign Ministry staff.';
    const out = stripTitles<Mention>([
      { start: 0, end: 24, type: 'person', text: 'President Vladimir Putin' },
      { start: 29, end: 45, type: 'organization', text: 'Foreign Ministry' },
    ]);
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual(['Vladimir Putin', 'Foreign Ministry']);
  });
});

describe('subjects count towards salience', () => {
  it('marks a person followed by a reporting verb or opening a paragraph, not a possessive', () => {
    const text = 'Meanwhile, Anna Berg has left.\n\nThe talks with Carl Dahl ended. Ola Lind said so. Ola Lind’s office agreed.';
    const at = (name: string, from = 0): Mention => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, type: 'person', text: name };
    };
    const marked = markSubjects(text, [at('Anna Berg'), at('Carl Dahl'), at('Ola Lind'), at('Ola Lind', text.indexOf('Ola Lind') + 1)]);
    expect(marked.map((m) => !!m.subject)).toEqual([true, false, true, false]);
  });

  it('ranks a speaking person above one named as often in passing', () => {
    const text = 'Ana Vidal met Tom Reyes. Later Tom Reyes left and Ana Vidal said the deal was done.';
    const m = (name: string, from: number, subject = false): Mention => {
      const start = text.indexOf(name, from);
      return { start, end: start + name.length, type: 'person', text: name, subject };
    };
    const mentions = [m('Ana Vidal', 0), m('Tom Reyes', 0), m('Tom Reyes', 20), m('Ana Vidal', 40, true)];
    const [first] = mergeMentions(mentions, { textLength: text.length, leadEnd: 0 });
    expect(first.name).toBe('Ana Vidal');
  });
});

describe('findEntities fills roles', () => {
  it('on the seed’s sentences, roles apart from names', () => {
    const text =
      'A summit between U.S. President Donald Trump and his Russian counterpart Vladimir Putin is planned.\n\n' +
      'Meanwhile, President Vladimir Putin has briefed Chinese leader Xi Jinping and Belarusian President Alexander Lukashenko on his talks with U.S. special envoy Steve Witkoff.\n\n' +
      'Kremlin aide Yury Ushakov earlier said both sides had exchanged signals.';
    const people = Object.fromEntries(findEntities(text, builtInEntityModel()).filter((e) => e.type === 'person').map((e) => [e.name, e.roles]));
    expect(people['Donald Trump']).toEqual(['U.S. President']);
    expect(people['Vladimir Putin']?.[0]).toBe('President'); // "Russian counterpart" says less, so it comes last
    expect(people['Xi Jinping']).toEqual(['Chinese leader']);
    expect(people['Alexander Lukashenko']).toEqual(['Belarusian President']);
    expect(people['Steve Witkoff']).toEqual(['U.S. special envoy']);
    expect(people['Yury Ushakov']).toEqual(['Kremlin aide']);
    for (const name of Object.keys(people)) expect(name).not.toMatch(/President|aide|leader|envoy/);
  });

  it('a title naming what its holder heads stays out of the name, whatever type the recogniser gave the whole', () => {
    const text =
      'The men were not charged, but Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is still open.\n\n' +
      '“It is through these efforts that we protect them,” said Cambridge Police Commissioner Christine Elow.';
    const found = findEntities(text, builtInEntityModel());
    const byName = new Map(found.map((e) => [e.name, e]));
    expect(byName.get('Joshua Levy')).toMatchObject({ type: 'person', roles: ['Acting U.S. Attorney for the District of Massachusetts'] });
    expect(byName.get('Christine Elow')).toMatchObject({ type: 'person', roles: ['Cambridge Police Commissioner'] });
    for (const e of found) expect(e.name).not.toMatch(/Attorney|Commissioner/);
  });
});
