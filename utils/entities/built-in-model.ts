// The shipped recogniser model (utils/entities/model/, made by scripts/train-ner.ts), unpacked once. For
// Node (CLI, tests, benchmarks); the content script reads the same model from the extension's files instead
// (utils/knowledge.ts), so that injecting it into a page stays cheap.
import { LEXICON, WEIGHTS_B64 } from './model/ner-model';
import type { Lexicon } from './features';
import { b64ToBytes, decodeWeights, parseLexicon, type Model } from './tagger/model';

let model: Model | undefined;
let lexicon: Lexicon | undefined;

/** The built-in model's lexicon, unpacked on first call (and shared with the model). */
export function builtInEntityLexicon(): Lexicon {
  return (lexicon ??= parseLexicon(LEXICON));
}

/** The built-in model, unpacked on first call. */
export function builtInEntityModel(): Model {
  return (model ??= { ...decodeWeights(b64ToBytes(WEIGHTS_B64)), lex: builtInEntityLexicon() });
}
