// Runs the command line (the contract scripts rely on) over many files and reads its JSON Lines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Annotation } from '../utils/annotation';

const REPO = path.resolve(import.meta.dirname, '..');

export interface CliInput {
  file: string;
  url?: string;
}

export type CliResult = ({ file: string } & Annotation) | { file: string; error: string };

/** Annotates `inputs` with `sourcelens --json --manifest` (plus `extra` options); results keyed by file. */
export async function runCli(inputs: CliInput[], extra: string[] = []): Promise<Map<string, CliResult>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-eval-'));
  const manifest = path.join(dir, 'manifest.jsonl');
  const withUrl = inputs.filter((i) => i.url);
  fs.writeFileSync(manifest, withUrl.map((i) => JSON.stringify({ file: i.file, url: i.url })).join('\n') + '\n');
  const manifestArgs = withUrl.length ? ['--manifest', manifest] : [];
  const out = new Map<string, CliResult>();
  // Batches keep each command line well below the system's argument limit.
  for (let i = 0; i < inputs.length; i += 400) {
    const batch = inputs.slice(i, i + 400).map((x) => x.file);
    const args = ['--import', 'tsx', path.join(REPO, 'cli/sourcelens.ts'), '--json', ...manifestArgs, ...extra, ...batch];
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CliResult;
      out.set(r.file, r);
    }
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    if (code === 2) throw new Error(`sourcelens usage error: ${stderr.trim()}`);
    // A crash leaves files without a line: they count as failed, and the reason is shown once.
    const missing = batch.filter((f) => !out.has(f));
    if (missing.length) {
      process.stderr.write(`eval: sourcelens gave no result for ${missing.length} files (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}\n`);
      for (const f of missing) out.set(f, { file: f, error: 'no result' });
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** The Annotation of a result, or undefined when the file failed. */
export const annotationOf = (r: CliResult | undefined): Annotation | undefined => (r && !('error' in r) ? r : undefined);
