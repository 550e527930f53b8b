// Writes the built-in knowledge as the extension files the content script reads (KNOWLEDGE_FILES in
// utils/knowledge.ts), from the same sources Node imports: utils/sources/outlets.json and the recogniser
// model in utils/entities/model/. Called by the build (wxt.config.ts), so the two never drift apart.
import fs from 'node:fs';
import path from 'node:path';
import { LEXICON, WEIGHTS_B64 } from '../utils/entities/model/ner-model';
import { b64ToBytes } from '../utils/entities/tagger/model';
import { KNOWLEDGE_FILES } from '../utils/knowledge';
import { BUILT_IN_OUTLETS } from '../utils/sources/built-in-outlets';

/** Writes the files under `dir`; returns each one's absolute path and its path in the extension. */
export function writeKnowledgeFiles(dir: string): { absoluteSrc: string; relativeDest: string }[] {
  const contents: Record<keyof typeof KNOWLEDGE_FILES, string | Uint8Array> = {
    outlets: JSON.stringify(BUILT_IN_OUTLETS),
    weights: b64ToBytes(WEIGHTS_B64),
    lexicon: JSON.stringify(LEXICON),
  };
  return (Object.keys(KNOWLEDGE_FILES) as (keyof typeof KNOWLEDGE_FILES)[]).map((k) => {
    const relativeDest = KNOWLEDGE_FILES[k];
    const absoluteSrc = path.join(dir, relativeDest);
    fs.mkdirSync(path.dirname(absoluteSrc), { recursive: true });
    fs.writeFileSync(absoluteSrc, contents[k]);
    return { absoluteSrc, relativeDest };
  });
}
