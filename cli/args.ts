// Command-line options of `sourcelens` (DESIGN.md §7): a stable contract, scripts and checks call it.

export interface CliOptions {
  files: string[];
  url?: string;
  manifest?: string;
  corpus?: string;
  text: boolean;
  json: boolean;
  force: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run --silent analyze -- [options] FILE...
  FILE               an HTML page (.gz is read transparently), or with --text a plain-text article
  --url URL          the page's address (one FILE only)
  --manifest FILE    JSON Lines {"file": path, "url": url} giving each FILE its address
  --corpus FILE      JSON Lines reference corpus {id?, url, title, outlet?, published?, text | html}
  --text             FILEs are plain text, paragraphs separated by blank lines
  --json             print the Annotation (several files: JSON Lines, each with "file")
  --force            analyse pages that do not look like articles
  -h, --help         this help
exit status: 0 all analysed, 1 some file failed, 2 usage error`;

/** Parses argv (without node and script); throws an Error with a one-line message on misuse. */
export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { files: [], text: false, json: false, force: false, help: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = () => inline ?? value(i++, flag);
    switch (flag) {
      case '--url': o.url = take(); break;
      case '--manifest': o.manifest = take(); break;
      case '--corpus': o.corpus = take(); break;
      case '--text': o.text = true; break;
      case '--json': o.json = true; break;
      case '--force': o.force = true; break;
      case '-h': case '--help': o.help = true; break;
      case '--': o.files.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
        o.files.push(a);
    }
  }
  if (o.help) return o;
  if (!o.files.length) throw new Error('no FILE given');
  if (o.url && o.files.length > 1) throw new Error('--url takes one FILE; use --manifest for several');
  if (o.url && o.manifest) throw new Error('--url and --manifest cannot be combined');
  return o;
}
