// The page's side of the built-in knowledge: the outlet rows and the recogniser's model are read from the
// extension's files (utils/knowledge.ts says why they are not in this script), once per page, starting as soon
// as the script is injected; the reader's own outlets are read at each analysis (they may have changed), and
// the registry is indexed again only when they did.
import { browser } from 'wxt/browser';
import type { Lexicon } from '../../utils/entities/features';
import { decodeWeights, parseLexicon, type LexiconParts, type Model } from '../../utils/entities/tagger/model';
import { KNOWLEDGE_FILES, type Knowledge } from '../../utils/knowledge';
import type { Outlet } from '../../utils/sources/outlet';
import { registryCache, USER_OUTLETS_KEY } from '../../utils/sources/user-outlets';

interface BuiltIn { outlets: Outlet[]; model: () => Model; lexicon: () => Lexicon }

/** Starts reading the built-in files; the returned function gives the knowledge for one analysis. */
export function knowledgeClient(): () => Promise<Knowledge> {
  let builtIn: Promise<BuiltIn> | null = null;
  const start = () =>
    (builtIn ??= readBuiltIn().catch((e: unknown) => {
      builtIn = null; // try again at the next analysis
      // Seen when the page moves on (its own script navigates) while the files are read.
      throw new Error(`Sourcelens could not read its built-in data (${e instanceof Error ? e.message : String(e)}). If the page was reloading or moving on, try again; if not, reinstalling the extension should mend it.`);
    }));
  start().catch(() => undefined); // the analysis that follows reports a failure
  const registryOf = registryCache();
  return async () => {
    const [{ outlets, model, lexicon }, stored] = await Promise.all([start(), browser.storage.local.get(USER_OUTLETS_KEY)]);
    return { registry: registryOf(outlets, stored[USER_OUTLETS_KEY]), entityModel: model, entityLexicon: lexicon };
  };
}

async function readBuiltIn(): Promise<BuiltIn> {
  const [outlets, weights, lexicon] = await Promise.all([
    readBuiltInOutlets(),
    fetchFile(KNOWLEDGE_FILES.weights).then(async (r) => ownBytes(await r.arrayBuffer())),
    fetchFile(KNOWLEDGE_FILES.lexicon).then(async (r) => {
      const v: unknown = JSON.parse(await r.text());
      if (!isLexicon(v)) throw new Error(`${KNOWLEDGE_FILES.lexicon} is not a lexicon`);
      return v;
    }),
  ]);
  // Unpacked when the entities are first looked for, not before the dates and bylines are read; the lexicon
  // alone when a byline rule asks for it first.
  let model: Model | undefined;
  let lex: Lexicon | undefined;
  const lexiconOf = () => (lex ??= parseLexicon(lexicon));
  return { outlets, model: () => (model ??= { ...decodeWeights(weights), lex: lexiconOf() }), lexicon: lexiconOf };
}

/** The built-in outlet rows, from the extension's file (also read by the options page). */
export async function readBuiltInOutlets(): Promise<Outlet[]> {
  const v: unknown = JSON.parse(await (await fetchFile(KNOWLEDGE_FILES.outlets)).text());
  if (!Array.isArray(v)) throw new Error(`${KNOWLEDGE_FILES.outlets} is not a list of outlets`);
  return v as Outlet[];
}

// In a Firefox content script, what fetch returns belongs to the page's compartment and every read of it
// crosses a wrapper: summing the 2 MB of weights took 0.9 s there, against 14 ms on a copy of our own. So the
// bytes are copied in one call, and JSON is parsed from text here rather than by Response.json().
function ownBytes(buffer: ArrayBuffer): Uint8Array {
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(new Uint8Array(buffer));
  return bytes;
}

async function fetchFile(path: string): Promise<Response> {
  const res = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res;
}

function isLexicon(v: unknown): v is LexiconParts {
  const l = v as Record<string, unknown> | null;
  return !!l && ['words', 'attrB64', 'mixed', 'phrases', 'phraseBitsB64'].every((k) => typeof l[k] === 'string') && typeof l.maxPhrase === 'number';
}
