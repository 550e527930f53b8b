// The shipped recogniser model (utils/entities/model/, made by scripts/train-ner.ts), unpacked once. For
// Node (CLI, tests, benchmarks); the content script reads the same model from the extension's files instead
// (utils/knowledge.ts), so that injecting it into a page stays cheap.
import { LEXICON, WEIGHTS_B64 } from './model/ner-model';
import { loadModel, type Model } from './tagger/model';

let model: Model | undefined;

/** The built-in model, unpacked on first call. */
export function builtInEntityModel(): Model {
  return (model ??= loadModel(WEIGHTS_B64, LEXICON));
}
