// `npm test` runs this first: a fresh machine gets Chromium (Debian, as root) or a clear message.
import { chromiumVersion, ensureChromium } from './browser/find-chromium';

try {
  const bin = ensureChromium();
  process.stdout.write(`Browser for the end-to-end tests: ${chromiumVersion(bin) || bin}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
