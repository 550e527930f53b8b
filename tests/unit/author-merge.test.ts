import { describe, expect, it } from 'vitest';
import { isFullNameOf, isNameOfHandle, widerByline, withPrintedNames } from '../../utils/extract/author-merge';

describe('isNameOfHandle', () => {
  const rows: [string, string, boolean][] = [
    ['janedoe', 'Jane Doe', true],
    ['jane.doe', 'Jane P. Doe', true],
    ['jane-marie', 'Jane-Marie Roe', true],
    ['jane.doe', 'John Roe', false],
    ['jd', 'Jane Doe', false],
    ['janedoe', 'janedoe', false],
    // Accounts are written without accents.
    ['gabor_munier', 'Gàbor Muniér', true],
    ['jose.nunez', 'José Núñez', true],
    ['jose.nunez', 'José Pérez', false],
  ];
  for (const [handle, printed, out] of rows) it(`${handle} -> ${printed}`, () => expect(isNameOfHandle(handle, printed)).toBe(out));
});

describe('isFullNameOf', () => {
  const rows: [string, string, boolean][] = [
    ['Jane', 'Jane Doe', true],
    ['Jane', 'Jane Maria Doe', true],
    ['Jane', 'John Doe', false],
    ['Jane', 'Jane', false],
    ['JD', 'JD Roe', false],
    ['Jane', 'Jane and the others', false],
  ];
  for (const [first, printed, out] of rows) it(`${first} -> ${printed}`, () => expect(isFullNameOf(first, printed)).toBe(out));
});

describe('withPrintedNames', () => {
  it('replaces a first name by the full name printed elsewhere', () => {
    expect(withPrintedNames([{ name: 'Jane' }], ['Jane Doe'])).toEqual([{ name: 'Jane Doe' }]);
  });
  it('replaces an account name by the printed name found elsewhere', () => {
    expect(withPrintedNames([{ name: 'jane.doe' }, { name: 'John Roe' }], ['Someone Else', 'Jane Doe'])).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
  });
  it('keeps an account name that nothing prints', () => {
    expect(withPrintedNames([{ name: 'jane.doe' }], ['John Roe'])).toEqual([{ name: 'jane.doe' }]);
  });
});

describe('widerByline', () => {
  const rows: [string, { name: string }[], { name: string }[][], string[]][] = [
    ['adds co-authors a byline lists', [{ name: 'Jane Doe' }], [[{ name: 'Jane Doe' }, { name: 'John Roe' }]], ['Jane Doe', 'John Roe']],
    ['ignores a byline without the author', [{ name: 'Jane Doe' }], [[{ name: 'John Roe' }, { name: 'Max Muster' }]], ['Jane Doe']],
    ['ignores initials after the name', [{ name: 'Jane Doe' }], [[{ name: 'Jane Doe' }, { name: 'JD' }]], ['Jane Doe']],
    ['ignores a list of many names', [{ name: 'Jane Doe' }], [[1, 2, 3, 4, 5, 6].map((i) => ({ name: `Person Nr${i}` })).concat({ name: 'Jane Doe' })], ['Jane Doe']],
  ];
  for (const [title, authors, bylines, out] of rows) it(title, () => expect(widerByline(authors, bylines).map((a) => a.name)).toEqual(out));
});
