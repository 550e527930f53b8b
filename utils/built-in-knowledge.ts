// The built-in knowledge for Node (CLI, tests, benchmarks): the shipped outlet rows and recogniser model,
// imported with the code. Never imported by the content script (see utils/knowledge.ts).
import { builtInEntityLexicon, builtInEntityModel } from './entities/built-in-model';
import type { Knowledge } from './knowledge';
import { builtInRegistry } from './sources/built-in-outlets';

/** The built-in registry and model (the model is unpacked when first asked for, about 0.1 s). */
export function builtInKnowledge(): Knowledge {
  return { registry: builtInRegistry(), entityModel: builtInEntityModel, entityLexicon: builtInEntityLexicon };
}
