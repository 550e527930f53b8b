// A saved page's bytes as text, decoded as a browser would: a live page arrives decoded, but a file saved
// from a site that still serves ISO-8859-1 or windows-1250 is not UTF-8, and reading it as UTF-8 turns
// every "ä" into "�" (in titles, bylines, month names). The encoding is what the bytes declare: a byte-order
// mark, an XML declaration, or a <meta> charset within the first 1,024 bytes (the HTML standard's prescan),
// or further on, as a browser's parser changes the encoding when it meets one.

/** How far into the bytes the prescan looks for a <meta> charset. */
export const PRESCAN_BYTES = 1024;

const XML_DECLARATION = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;
/** `<meta charset="X">` and `<meta http-equiv="Content-Type" content="text/html; charset=X">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** A label TextDecoder knows, as its canonical name; null for an unknown one. */
function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The encoding a byte-order mark at the start of `bytes` names, or null without one. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a known label names, as TextDecoder names it; null for an unknown label or UTF-16 named in
 * markup (which cannot be: the markup would not be readable as ASCII). */
function markupEncoding(label: string | undefined): string | null {
  const encoding = label ? knownEncoding(label) : null;
  return encoding && !encoding.startsWith('utf-16') ? encoding : null;
}

/** Every label and tag is ASCII: the first `length` bytes as one character each. */
const asciiHead = (bytes: Uint8Array, length: number) => new TextDecoder('windows-1252').decode(bytes.subarray(0, length));

/**
 * The encoding a document's bytes declare, as TextDecoder names it ("utf-8", "windows-1252", "iso-8859-2", …):
 * a byte-order mark, the prescan's declaration, or a later one that bytes other than UTF-8 follow; utf-8 when
 * they declare none or one TextDecoder does not know. A page that declares UTF-16 in its own markup cannot be
 * (the markup would not be readable as ASCII): UTF-8, as browsers read it.
 */
export function declaredEncoding(bytes: Uint8Array): string {
  return bomEncoding(bytes) ?? prescan(bytes) ?? lateDeclaration(bytes) ?? 'utf-8';
}

/** What the first 1,024 bytes declare (an XML declaration, a <meta> charset), or null. */
function prescan(bytes: Uint8Array): string | null {
  const head = asciiHead(bytes, PRESCAN_BYTES);
  return markupEncoding(XML_DECLARATION.exec(head.trimStart())?.[1] ?? META_CHARSET.exec(head)?.[1]);
}

/** How far into the bytes a declaration the prescan missed is looked for: the head of any page. */
export const LATE_SCAN_BYTES = 64 * 1024;
/** Comments and scripts, whose text may hold markup that declares nothing about the page. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>/gi;

/**
 * The encoding a <meta> declares past the first 1,024 bytes (a long head of scripts), which a browser honours
 * when its parser meets the element ("change the encoding"), for bytes that are not UTF-8: read as UTF-8,
 * an ISO-8859-1 page's "präsentiert" is "pr�sentiert". Bytes that are UTF-8 stay so. `partial`: the bytes are
 * a stream's first, which may end inside a character.
 */
function lateDeclaration(bytes: Uint8Array, partial = false): string | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return null;
  } catch {
    return markupEncoding(META_CHARSET.exec(asciiHead(bytes, LATE_SCAN_BYTES).replace(NOT_MARKUP, ''))?.[1]);
  }
}

/**
 * The encoding of a page read as a stream, from its first bytes (`ended`: they are all of it), as
 * declaredEncoding decides it for the whole; null while more bytes may still decide it.
 */
export function headEncoding(head: Uint8Array, ended: boolean): string | null {
  if (ended) return declaredEncoding(head);
  const declared = bomEncoding(head) ?? prescan(head);
  if (declared) return declared;
  if (head.length < PRESCAN_BYTES) return null;
  return lateDeclaration(head, true) ?? (head.length >= LATE_SCAN_BYTES ? 'utf-8' : null);
}

const HTTP_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * `bytes` decoded in the encoding they declare (a byte-order mark is dropped). A document fetched over HTTP
 * may have its encoding named in its Content-Type (`contentType`), which wins over the document's own
 * declaration, and loses only to a byte-order mark, as in browsers.
 */
export function decodeDocument(bytes: Uint8Array, contentType?: string | null): string {
  const label = !bomEncoding(bytes) && contentType ? HTTP_CHARSET.exec(contentType)?.[1] : undefined;
  return new TextDecoder((label && knownEncoding(label)) || declaredEncoding(bytes)).decode(bytes);
}
