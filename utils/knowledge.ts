// What the pipeline knows beyond the page: the outlet registry and the entity recogniser's model. Node (CLI,
// tests, benchmarks) uses the built-in ones (utils/built-in-knowledge.ts). The content script reads the same
// data from the extension's files (KNOWLEDGE_FILES, written at build time by scripts/knowledge-files.ts) rather
// than carrying several megabytes in its own code: Chromium takes about 0.1 s per megabyte to inject a script,
// on the page's thread, while fetching a file does not block the page.
import type { Lexicon } from './entities/features';
import type { Model } from './entities/tagger/model';
import type { OutletRegistry } from './sources/registry';

export interface Knowledge {
  registry: OutletRegistry;
  /**
   * The entity model, unpacked at its first call (once): unpacking allocates several megabytes, which the
   * detectors before the entities' should not pay for on a page's first run.
   */
  entityModel: () => Model;
  /**
   * The recogniser's lexicon alone (its gazetteer of given names, for the bylines), unpacked at its first call
   * without the weights: a page in another language never needs those.
   */
  entityLexicon: () => Lexicon;
}

/** The extension files holding the built-in knowledge, relative to the extension's root. */
export const KNOWLEDGE_FILES = {
  /** The outlet rows, as in utils/sources/outlets.json. */
  outlets: 'knowledge/outlets.json',
  /** The recogniser's weights, the bytes of utils/entities/model's base64 (see decodeWeights). */
  weights: 'knowledge/ner-weights.bin',
  /** The recogniser's lexicon, utils/entities/model's LexiconParts as JSON. */
  lexicon: 'knowledge/ner-lexicon.json',
} as const;
