// The files the build writes for the content script (scripts/knowledge-files.ts) hold the same registry and
// model that Node imports: read back the way the content script reads them, they give the same answers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeKnowledgeFiles } from '../../scripts/knowledge-files';
import { builtInEntityModel } from '../../utils/entities/built-in-model';
import { tagEntities } from '../../utils/entities/tagger';
import { decodeWeights, parseLexicon } from '../../utils/entities/tagger/model';
import { KNOWLEDGE_FILES } from '../../utils/knowledge';
import { BUILT_IN_OUTLETS } from '../../utils/sources/built-in-outlets';
import { createRegistry } from '../../utils/sources/registry';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-knowledge-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeKnowledgeFiles', () => {
  const written = writeKnowledgeFiles(dir);
  const read = (p: string) => fs.readFileSync(path.join(dir, p));

  it('writes every file the content script reads, at its place in the extension', () => {
    expect(written.map((f) => f.relativeDest).sort()).toEqual(Object.values(KNOWLEDGE_FILES).sort());
    for (const f of written) expect(fs.statSync(f.absoluteSrc).size).toBeGreaterThan(1000);
  });

  it('holds the built-in outlets', () => {
    const outlets = JSON.parse(read(KNOWLEDGE_FILES.outlets).toString('utf8'));
    expect(outlets).toEqual(BUILT_IN_OUTLETS);
    expect(createRegistry(outlets).byHost('www.kayhan.ir')?.outlet.name).toBe('Kayhan');
  });

  it('holds the built-in recogniser model', () => {
    const bytes = read(KNOWLEDGE_FILES.weights);
    const model = { ...decodeWeights(new Uint8Array(bytes)), lex: parseLexicon(JSON.parse(read(KNOWLEDGE_FILES.lexicon).toString('utf8'))) };
    const text = 'Kremlin aide Yury Ushakov told reporters in Moscow that Vladimir Putin would meet Donald Trump in Alaska, Reuters reported.';
    const spans = tagEntities(text, model);
    expect(spans.length).toBeGreaterThan(3);
    expect(spans).toEqual(tagEntities(text, builtInEntityModel()));
  });
});
