// A content hash of a text's words: the same article under another address, or re-imported with other
// whitespace, is caught as a duplicate.
import { hashString } from '../corpus/tokens';

/** Two 32-bit FNV hashes of the lower-cased words, as 16 hex digits. */
export function contentHash(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const a = hashString(words);
  const b = hashString(`${words.length}:${words}`);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
