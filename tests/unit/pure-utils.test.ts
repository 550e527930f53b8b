// The pipeline in utils/ runs in the page's content script, in Node tests and in the command line: it may use
// neither Node's APIs (a stray `process.env` breaks the content script) nor the browser-extension APIs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../utils');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

const FORBIDDEN: [RegExp, string][] = [
  [/\bfrom\s+['"]node:|\brequire\(/, 'a Node module'],
  [/\bprocess\.(env|argv|exit|cwd)\b/, 'Node’s process'],
  [/\bfrom\s+['"](wxt\/browser|webextension-polyfill)['"]|\b(chrome|browser)\.(runtime|tabs|storage|scripting|alarms|permissions)\b/, 'an extension API'],
];

describe('utils/ stays pure', () => {
  const all = files(root);
  it('has modules to check', () => expect(all.length).toBeGreaterThan(50));
  for (const [re, what] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      const offenders = all.filter((f) => re.test(fs.readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
      expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
    });
  }
});
