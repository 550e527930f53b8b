// What finding a browser for the end-to-end tests shares between Chromium and Firefox: the binary from an
// environment variable or the usual places, its version line, and Debian's package when running as root.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** The binary named by `process.env[envVar]` (null when it does not exist), else the first candidate there is. */
export function findBinary(envVar: string, candidates: readonly string[]): string | null {
  const env = process.env[envVar];
  if (env) return fs.existsSync(env) ? env : null;
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** The browser's version line, e.g. "Chromium 156.0.8078.108 built on Debian" (empty when it cannot say). */
export function versionOf(bin: string): string {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15000 }).trim();
  } catch {
    return '';
  }
}

/** How to find one browser: where to look, which Debian package installs it, what to tell the reader otherwise. */
export interface BrowserSpec {
  name: string;
  envVar: string;
  candidates: readonly string[];
  /** Debian package, and roughly how long installing it takes. */
  pkg: string;
  installTime: string;
  hint: string;
}

/** The browser's binary, installing its Debian package when allowed; throws with the hint otherwise. */
export function ensureBinary(b: BrowserSpec): string {
  const fromEnv = process.env[b.envVar];
  let bin = findBinary(b.envVar, b.candidates);
  if (!bin && !fromEnv && aptInstall(b.pkg, `${b.name} not found (${b.installTime})`)) bin = findBinary(b.envVar, b.candidates);
  if (!bin) throw new Error((fromEnv ? `${b.envVar}=${fromEnv} does not exist.\n` : `No ${b.name} found.\n`) + b.hint);
  return bin;
}

/** Runs `apt-get install -y <pkg>` (after an update) when allowed; true when it succeeded. */
export function aptInstall(pkg: string, why: string, log: (s: string) => void = (s) => process.stderr.write(s + '\n')): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  log(`${why}: installing Debian package "${pkg}" with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env }).status === 0;
}
