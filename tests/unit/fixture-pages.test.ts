// One test per fixture page: the pipeline's popup-level facts equal the reviewed expected.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixturePages } from '../../scripts/browser/fixture-server';
import { annotateFile } from '../support/annotate-file';
import { project } from '../support/project';

describe('fixture pages', () => {
  for (const page of listFixturePages()) {
    it(page.slug, async () => {
      const expectedFile = path.join(path.dirname(page.file), 'expected.json');
      expect(fs.existsSync(expectedFile), `${expectedFile} is missing: run npm run fixtures:update and review it`).toBe(true);
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
      const a = await annotateFile(page.file, page.url);
      expect(project(a)).toEqual(expected);
    });
  }
});
