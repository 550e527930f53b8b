// The command line is a contract (DESIGN.md §7): options, JSON shapes, errors and exit statuses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'tests/fixtures/pages/kayhan-142327/source.html';
const SEED_URL = 'https://kayhan.ir/en/news/142327/';
let tmp: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/sourcelens.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-cli-'));
  fs.writeFileSync(path.join(tmp, 'empty.html'), '');
  fs.writeFileSync(path.join(tmp, 'notes.txt'), 'just a line of notes, no markup at all\n');
  fs.writeFileSync(path.join(tmp, 'seed.html.gz'), zlib.gzipSync(fs.readFileSync(path.join(ROOT, SEED))));
  // A page saved from a site that serves ISO-8859-1 (its bytes are not UTF-8).
  const latin1Page = '<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Grüße aus München</title></head><body><article><h1>Grüße aus München</h1><p>Veröffentlicht am 3. März 2022</p>' + '<p>Die Bürgermeisterin begrüßte am Donnerstag die Gäste aus Übersee und sprach über die Zukunft der Stadt.</p>'.repeat(6) + '</article></body></html>';
  fs.writeFileSync(path.join(tmp, 'latin1.html'), Buffer.from(latin1Page, 'latin1'));
  fs.writeFileSync(path.join(tmp, 'article.txt'), 'Talks resume\r\n\r\nWASHINGTON (Reuters) - President Donald Trump met Vladimir Putin in Alaska on Friday, officials said.\r\n');
});

describe('sourcelens command line', () => {
  it('prints the Annotation of one page with --json --url', () => {
    const r = cli('--json', '--url', SEED_URL, SEED);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.version).toBe(1);
    expect(a.source.name).toContain('Kayhan');
    expect(a.dates.published.iso.startsWith('2025-08-08T22:25')).toBe(true);
    const people = a.entities.filter((e: { type: string }) => e.type === 'person').map((e: { name: string }) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Donald Trump']));
  });

  it('reads a saved page in the encoding it declares', () => {
    const r = cli('--json', '--url', 'https://stadt.example/gruesse', path.join(tmp, 'latin1.html'));
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.article.title).toBe('Grüße aus München');
    expect(a.article.text).not.toContain('\ufffd');
    expect(a.dates.published.iso.startsWith('2022-03-03')).toBe(true);
  });

  it('prints a readable summary without --json', () => {
    const r = cli('--url', SEED_URL, SEED);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Source:\s+Kayhan/);
    expect(r.out).toMatch(/Published:\s+2025-08-08T22:25/);
    // Ten entities of a kind are listed; the rest are counted.
    expect(r.out).toMatch(/Places:.*Kazakhstan \(1\).*, and \d+ more \(--json lists them\)/);
  });

  it('reads .gz pages transparently', () => {
    const r = cli('--json', '--url', SEED_URL, path.join(tmp, 'seed.html.gz'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).source.domain).toBe('kayhan.ir');
  });

  it('gives one line per failing file and still runs the others (exit 1, JSON Lines)', () => {
    const missing = path.join(tmp, 'missing.html');
    const r = cli('--json', SEED, missing, path.join(tmp, 'empty.html'), path.join(tmp, 'notes.txt'));
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].file).toBe(SEED);
    expect(lines[0].version).toBe(1);
    expect(lines[1]).toEqual({ file: missing, error: `${missing}: no such file` });
    expect(lines[2].error).toMatch(/empty\.html: empty file/);
    expect(lines[3].error).toMatch(/notes\.txt: not an HTML page/);
    const errLines = r.err.trim().split('\n');
    expect(errLines).toHaveLength(3);
    expect(errLines[0]).toContain('missing.html');
  });

  it('exits 2 on usage errors', () => {
    expect(cli().code).toBe(2);
    expect(cli('--bogus', SEED).code).toBe(2);
    const r = cli('--url', SEED_URL, SEED, SEED);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--url takes one FILE/);
  });

  it('takes addresses from a --manifest', () => {
    const manifest = path.join(tmp, 'manifest.jsonl');
    fs.writeFileSync(manifest, JSON.stringify({ file: path.join(ROOT, SEED), url: SEED_URL }) + '\n');
    const r = cli('--json', '--manifest', manifest, SEED);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).url).toBe(SEED_URL);
  });

  it('keeps plain text unchanged in --text mode, line endings normalised', () => {
    const r = cli('--json', '--text', path.join(tmp, 'article.txt'));
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.article.text).toBe(fs.readFileSync(path.join(tmp, 'article.txt'), 'utf8').replace(/\r\n/g, '\n'));
    const trump = a.entities.find((e: { name: string }) => e.name === 'Donald Trump');
    expect(trump).toBeTruthy();
    expect(a.article.text.slice(trump.mentions[0].start, trump.mentions[0].end)).toBe('Donald Trump');
    expect(a.dateline).toMatchObject({ place: 'Washington', agency: 'Reuters' });
  });

  it('finds reused passages with --corpus and reports bad corpus lines', () => {
    const seedText = 'U.S. and Russian officials are working towards an agreement on territories for a planned summit meeting between U.S. President Donald Trump and his Russian counterpart Vladimir Putin as early as next week, the report said.';
    const corpus = path.join(tmp, 'corpus.jsonl');
    fs.writeFileSync(
      corpus,
      [
        JSON.stringify({ id: 'wire-1', url: 'https://wire.example/1', title: 'Truce talks', outlet: 'Wire', published: '2025-08-08T12:00:00Z', text: seedText }),
        '{not json',
        JSON.stringify({ id: 'x', title: 'no url', text: 'something' }),
      ].join('\n'),
    );
    const r = cli('--json', '--url', SEED_URL, '--corpus', corpus, SEED);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/corpus\.jsonl:2: skipped, not valid JSON/);
    expect(r.err).toMatch(/corpus\.jsonl:3: skipped, missing "url"/);
    const a = JSON.parse(r.out);
    expect(a.provenance.matches).toHaveLength(1);
    expect(a.provenance.earliest).toBe('wire-1');
    const p = a.provenance.matches[0].passages[0];
    expect(a.article.text.slice(p.start, p.end)).toContain('working towards an agreement on territories');
  });
});
