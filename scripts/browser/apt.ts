// Installs a Debian package for the end-to-end tests when running as root on a system with apt-get.
import { spawnSync } from 'node:child_process';

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
