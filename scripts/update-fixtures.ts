// Regenerates tests/fixtures/pages/*/expected.json from the current pipeline. Review the diff before
// committing: it is the record of what changed for a reader.
import fs from 'node:fs';
import path from 'node:path';
import { listFixturePages } from './browser/fixture-server';
import { annotateFile } from '../tests/support/annotate-file';
import { project } from '../tests/support/project';

for (const page of listFixturePages()) {
  const a = await annotateFile(page.file, page.url);
  const out = path.join(path.dirname(page.file), 'expected.json');
  const next = JSON.stringify(project(a), null, 2) + '\n';
  const prev = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  fs.writeFileSync(out, next);
  process.stdout.write(`${prev === next ? 'unchanged' : prev ? 'UPDATED  ' : 'created  '} ${path.relative(process.cwd(), out)}\n`);
}
