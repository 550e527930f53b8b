// Saved pages decoded as a browser decodes them: in the encoding their bytes declare.
import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodeDocument } from '../../utils/extract/charset';
import { blobFile, streamEncoding } from '../../utils/store/import-job';

/** Latin-1 bytes of a string whose characters are all below U+0100. */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('declaredEncoding', () => {
  const rows: [string, Uint8Array, string][] = [
    ['no declaration', utf8('<html><head><title>Über</title></head></html>'), 'utf-8'],
    ['<meta charset>', latin1('<html><head><meta charset="ISO-8859-1"><title>x</title>'), 'windows-1252'],
    ['<meta charset> without quotes', latin1('<meta charset=windows-1250>'), 'windows-1250'],
    ['http-equiv Content-Type', latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'), 'iso-8859-15'],
    ['an XML declaration', latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss></rss>'), 'windows-1252'],
    ['a UTF-8 byte-order mark wins', cat(Uint8Array.of(0xef, 0xbb, 0xbf), latin1('<meta charset="iso-8859-1">')), 'utf-8'],
    ['a UTF-16 byte-order mark', Uint8Array.of(0xff, 0xfe, 0x3c, 0x00), 'utf-16le'],
    ['UTF-16 named in the markup itself is read as UTF-8', latin1('<meta charset="utf-16">'), 'utf-8'],
    ['an unknown label', latin1('<meta charset="klingon-8">'), 'utf-8'],
    ['a declaration beyond the first 1,024 bytes', latin1(`<html><!--${' '.repeat(1100)}--><meta charset="iso-8859-1">`), 'utf-8'],
  ];
  it.each(rows)('%s', (_name, bytes, want) => {
    expect(declaredEncoding(bytes)).toBe(want);
  });

  it('takes the encoding a server names in Content-Type over the document\'s own, and a byte-order mark over both', () => {
    const feed = latin1('<?xml version="1.0" encoding="utf-8"?><rss><title>Lübeck</title></rss>');
    expect(decodeDocument(feed, 'application/rss+xml; charset=ISO-8859-1')).toContain('Lübeck');
    expect(decodeDocument(feed, 'application/rss+xml')).not.toContain('Lübeck');
    expect(decodeDocument(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><title>Lübeck</title>'), 'application/rss+xml')).toContain('Lübeck');
    expect(decodeDocument(cat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('<title>Lübeck</title>')), 'text/html; charset=iso-8859-1')).toBe('<title>Lübeck</title>');
  });

  it('decodes an ISO-8859-1 page without replacement characters', () => {
    const page = latin1('<html><head><meta charset="iso-8859-1"><title>Grüße aus München – März</title></head></html>'.replace('–', '-'));
    expect(decodeDocument(page)).toContain('Grüße aus München - März');
    expect(decodeDocument(page)).not.toContain('\ufffd');
  });

  it('follows a <meta> charset past the first 1,024 bytes, as a browser parser does, when the bytes are not UTF-8', () => {
    const scripts = `<script>${'var x = 1;\n'.repeat(110)}</script>`;
    const late = (head: string, title: string, encode: (s: string) => Uint8Array) => decodeDocument(encode(`<!DOCTYPE html><html><head>${scripts}${head}<title>${title}</title></head></html>`));
    expect(late('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'Leslie Clio präsentiert', latin1)).toContain('Leslie Clio präsentiert');
    // A charset named in a script's or a comment's text declares nothing.
    expect(late('<script>document.write(\'<meta charset="iso-8859-1">\')</script><!-- <meta charset="iso-8859-1"> -->', 'präsentiert', latin1)).toContain('pr\ufffdsentiert');
    // UTF-8 bytes stay UTF-8 whatever a late declaration says.
    expect(late('<meta charset="iso-8859-1">', 'präsentiert', utf8)).toContain('präsentiert');
  });
});

describe('files imported in the settings page', () => {
  /** A Blob-like stream of `bytes` in chunks of `size` bytes. */
  const blob = (bytes: Uint8Array, size: number) =>
    ({
      size: bytes.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
            c.close();
          },
        }),
    }) as Pick<Blob, 'size' | 'stream'>;
  const read = async (name: string, bytes: Uint8Array, size: number) => {
    let text = '';
    for await (const c of blobFile(name, blob(bytes, size)).chunks()) text += c.text;
    return text;
  };

  it('reads a saved ISO-8859-1 page in its encoding, even when its declaration arrives over several chunks', async () => {
    const html = `<html><head><meta charset="iso-8859-1"><title>Bürgermeisterwahl in Nordhausen</title></head><body><p>${'Grüße. '.repeat(300)}</p></body></html>`;
    const text = await read('page.html', latin1(html), 7);
    expect(text).toBe(html);
  });

  it('reads a saved page whose charset is declared after a long head of scripts in that charset, as a whole page is read', async () => {
    const html = `<html><head><script>${'var x = 1;\n'.repeat(110)}</script><meta charset="iso-8859-1"><title>Leslie Clio präsentiert</title></head><body><p>${'Grüße. '.repeat(300)}</p></body></html>`;
    expect(await read('page.html', latin1(html), 64)).toBe(html);
    expect(await read('page.html', latin1(html), 100_000)).toBe(html);
    // UTF-8 bytes stay UTF-8.
    expect(await read('page.html', utf8(html), 64)).toBe(html);
  });

  it('keeps JSON Lines as UTF-8, even when a document inside names another charset', async () => {
    const line = JSON.stringify({ url: 'https://a.example/1', title: 'Grüße', html: '<meta charset="iso-8859-1"><p>Grüße aus München</p>' });
    expect(streamEncoding(utf8(line))).toBe('utf-8');
    expect(await read('corpus.jsonl', utf8(`${line}\n${line}\n`), 5)).toBe(`${line}\n${line}\n`);
  });
});
