// Registry coverage: the share of distinct registrable domains among article-extraction-benchmark URLs
// that the built-in outlet registry knows.
import { getDomain } from 'tldts';
import { builtInRegistry } from '../../utils/sources/built-in-outlets';

export function registryCoverage(urls: string[]): { domains: number; known: number; coverage: number; unknown: string[] } {
  const registry = builtInRegistry();
  const domains = new Map<string, string>();
  for (const u of urls) {
    try {
      const host = new URL(u).hostname;
      const d = getDomain(host);
      if (d && !domains.has(d)) domains.set(d, host);
    } catch {
      // not a URL: not counted
    }
  }
  const unknown = [...domains].filter(([, host]) => !registry.byHost(host)).map(([d]) => d).sort();
  return { domains: domains.size, known: domains.size - unknown.length, coverage: (domains.size - unknown.length) / Math.max(1, domains.size), unknown };
}
