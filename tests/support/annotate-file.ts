// Runs the pipeline on a fixture page in Node, as the command line does.
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { annotate } from '../../utils/annotate';
import type { Annotation } from '../../utils/annotation';
import { builtInKnowledge } from '../../utils/built-in-knowledge';

export async function annotateFile(file: string, url: string): Promise<Annotation> {
  const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
  return annotate(document as unknown as Document, url, undefined, { knowledge: builtInKnowledge() });
}
