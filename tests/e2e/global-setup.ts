// Builds the Chrome and Firefox extensions once before the end-to-end tests, so they always test the current code.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
}
