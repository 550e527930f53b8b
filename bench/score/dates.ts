// Publication dates on htmldate's evaluation pages, scored as its README says: day precision; right date
// = TP, wrong date = FP, none = FN (TN when the page has no date); accuracy = (TP + TN) / all.
import fs from 'node:fs';
import path from 'node:path';
import { annotationOf, runCli } from '../run-cli';

export interface DateScore {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  accuracy: number;
  /** Wrong or missing dates, for inspection. */
  misses: { file: string; truth: string | null; found: string | null; from?: string }[];
}

/** The page URLs htmldate's evaluation files record, by path relative to the eval folder. */
function htmldateUrls(evalDir: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const f of ['eval_default.json', 'eval_mediacloud_2020.json']) {
    const file = path.join(evalDir, 'htmldate', f);
    if (!fs.existsSync(file)) continue;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { path?: string }>;
    for (const [url, v] of Object.entries(data)) if (v.path) urls.set(v.path, url);
  }
  return urls;
}

export async function scoreDates(evalDir: string): Promise<DateScore> {
  const truth = JSON.parse(fs.readFileSync(path.join(evalDir, 'htmldate', 'dates.json'), 'utf8')) as Record<string, string | null>;
  const urls = htmldateUrls(evalDir);
  const inputs = Object.keys(truth).map((rel) => ({ file: path.join(evalDir, rel), url: urls.get(rel), rel }));
  const results = await runCli(inputs);
  const s: DateScore = { pages: inputs.length, tp: 0, fp: 0, fn: 0, tn: 0, accuracy: 0, misses: [] };
  for (const input of inputs) {
    const want = truth[input.rel];
    const published = annotationOf(results.get(input.file))?.dates.published;
    const found = published ? published.iso.slice(0, 10) : null;
    if (!found) want === null ? s.tn++ : s.fn++;
    else if (found === want) s.tp++;
    else s.fp++;
    if (found !== want) s.misses.push({ file: input.rel, truth: want, found, from: published?.from });
  }
  s.accuracy = (s.tp + s.tn) / Math.max(1, s.pages);
  return s;
}
