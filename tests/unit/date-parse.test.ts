import { describe, expect, it } from 'vitest';
import { parseDate } from '../../utils/extract/date-parse';

describe('parseDate', () => {
  const rows: [string, string | null, string?, { lang?: string; allowMonth?: boolean }?][] = [
    ['2025-08-08T22:25:00+04:30', '2025-08-08T22:25:00+04:30', 'second'],
    ['2025-03-14T07:30:00Z', '2025-03-14T07:30:00Z', 'second'],
    ['2025-03-14T07:30:00.000+0000', '2025-03-14T07:30:00+00:00', 'second'],
    // The basic format keeps its zone too.
    ['20210504T132005+0200', '2021-05-04T13:20:05+02:00', 'second'],
    ['20210504T132005Z', '2021-05-04T13:20:05Z', 'second'],
    ['20210504T1320-05', '2021-05-04T13:20-05:00', 'minute'],
    ['20210504T132005', '2021-05-04T13:20:05', 'second'],
    ['2025-03-14', '2025-03-14', 'day'],
    ['2025-06-02 09:15', '2025-06-02T09:15', 'minute'],
    ['2022-05-11T4:10:00', '2022-05-11T04:10:00', 'second'],
    ['2022-05-11 5:10 pm', '2022-05-11', 'day'],
    ['Publish Date : 08 August 2025 - 22:25', '2025-08-08T22:25', 'minute'],
    ['August 8, 2025 10:25 PM', '2025-08-08T22:25', 'minute'],
    ['Aug. 8, 2025', '2025-08-08', 'day'],
    ['Veröffentlicht am 5. November 2024, 14:12 Uhr', '2024-11-05T14:12', 'minute'],
    ['Stand: 06.11.2024 09:30 Uhr', '2024-11-06T09:30', 'minute'],
    ['Publié le 3 mars 2023 à 18h05', '2023-03-03T18:05', 'minute'],
    ['Publicado el 12 de enero de 2022', '2022-01-12', 'day'],
    ['04 de mayo 2022, 12:00 A. M.', '2022-05-04T00:00', 'minute'],
    ['03 de mayo 2022, 11:35 p. m.', '2022-05-03T23:35', 'minute'],
    ['14 maart 2021', '2021-03-14', 'day'],
    ['Fri, 08 Aug 2025 22:25:00 +0430', '2025-08-08T22:25:00+04:30', 'second'],
    ['14 March 2025, 07:30 GMT', '2025-03-14T07:30Z', 'minute'],
    ['20250808', '2025-08-08', 'day'],
    ['03/04/2025', '2025-04-03', 'day'],
    ['03/04/2025', '2025-03-04', 'day', { lang: 'en-us' }],
    ['12/25/2024', '2024-12-25', 'day'],
    ['2025/08/08', '2025-08-08', 'day'],
    ['Updated 11:21 pm CST, Tuesday, November 19, 2019', '2019-11-19T23:21-06:00', 'minute'],
    ['01:38:07 PM IST Nov 20, 2019', '2019-11-20T13:38:07', 'second'],
    ['Price 12.99, March 3, 2020', '2020-03-03', 'day'],
    ['Published 10:30, March 3, 2020', '2020-03-03', 'day'],
    ['August 2025', null],
    ['August 2025', '2025-08', 'month', { allowMonth: true }],
    ['15 августа 2016, 13:43', '2016-08-15T13:43', 'minute'],
    ['2020年07月03日 | 徒歩', '2020-07-03', 'day'],
    ['2020年7月12日(日) 14:05', '2020-07-12T14:05', 'minute'],
    ['2023년 11월 7일', '2023-11-07', 'day'],
    ['Deutscher Tennis Bund 4. 2. 2022.', '2022-02-04', 'day'],
    ['31 February 2025', null],
    ['no date here', null],
    ['', null],
  ];
  for (const [input, iso, precision, opts] of rows) {
    it(`${JSON.stringify(input)}${opts ? ' ' + JSON.stringify(opts) : ''}`, () => {
      const r = parseDate(input, opts);
      if (iso === null) expect(r).toBeNull();
      else expect(r).toMatchObject({ iso, precision });
    });
  }
});

describe('parseDate time zones', () => {
  it('keeps printed zone abbreviations and offsets', () => {
    expect(parseDate('November 19, 2019, 07:47 PM EST')?.iso).toBe('2019-11-19T19:47-05:00');
    expect(parseDate('8 August 2025 22:25 GMT+3')?.iso).toBe('2025-08-08T22:25+03:00');
    expect(parseDate('8 August 2025 22:25 CEST')?.iso).toBe('2025-08-08T22:25+02:00');
    expect(parseDate('8 August 2025 22:25')?.iso).toBe('2025-08-08T22:25');
  });
});

describe('parseDate two-digit years', () => {
  it('reads a two-digit year before a time, even run together', () => {
    expect(parseDate('28.09.19 12:44')?.iso).toBe('2019-09-28T12:44');
    expect(parseDate('28.09.1912:44')?.iso).toBe('2019-09-28T12:44');
    expect(parseDate('28.09.2019 12:44')?.iso).toBe('2019-09-28T12:44');
  });
});

describe('parseDate month words', () => {
  it('reads month names in any case and reports the text as printed', () => {
    expect(parseDate('Stand: 5. NOVEMBER 2024, 14:12 UHR')).toMatchObject({ iso: '2024-11-05T14:12', matched: '5. NOVEMBER 2024, 14:12 UHR' });
    expect(parseDate('Posted ON June 2, 2025 at 3:40 PM')).toMatchObject({ iso: '2025-06-02T15:40', matched: 'June 2, 2025 at 3:40 PM' });
    expect(parseDate('15 Августа 2016')?.iso).toBe('2016-08-15');
  });
  it('skips words that only look like a month and finds the month after them', () => {
    expect(parseDate('12 items in 2021, then 3 May 2022')?.iso).toBe('2022-05-03');
    expect(parseDate('Marching on 2, 2021; June 4, 2021')?.iso).toBe('2021-06-04');
  });
  it('keeps offsets when lower-casing changes a letter’s length (İ)', () => {
    expect(parseDate('İSTANBUL 5 Mayıs… 7 June 2021')).toMatchObject({ iso: '2021-06-07', matched: '7 June 2021' });
  });
});
