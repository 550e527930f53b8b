// The shipped outlet rows (outlets.json). Imported where a bundle may carry them (Node: CLI, tests, benchmarks;
// the options page); the content script fetches the same rows as an extension file instead (see
// utils/knowledge-files.ts), so that injecting it into a page stays cheap.
import builtIn from './outlets.json';
import type { Outlet } from './outlet';
import { createRegistry, type OutletRegistry } from './registry';

/** The built-in rows, for the options page and tests. */
export const BUILT_IN_OUTLETS = builtIn as Outlet[];

let defaultRegistry: OutletRegistry | undefined;

/** The built-in registry (created on first use). */
export function builtInRegistry(): OutletRegistry {
  return (defaultRegistry ??= createRegistry(BUILT_IN_OUTLETS));
}
