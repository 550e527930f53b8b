// Finds a Chromium that loads unpacked extensions, installing Debian's package when allowed.
// Branded Google Chrome 137+ ignores --load-extension, so it is never picked.
import { aptInstall, findBinary, versionOf } from './system-browser';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

export const INSTALL_HINT =
  'Sourcelens needs Chromium (or Chrome for Testing) to load the extension; branded Google Chrome 137+ ignores --load-extension.\n' +
  '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
  '  Fedora: sudo dnf install chromium · Arch: sudo pacman -S chromium · macOS: brew install --cask chromium\n' +
  '  or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.';

/** The Chromium binary to use, or null when there is none. */
export const findChromium = (): string | null => findBinary('CHROMIUM_PATH', CANDIDATES);

/** The browser's version line, e.g. "Chromium 156.0.8078.108 built on Debian". */
export const chromiumVersion = versionOf;

/** Installs Debian's chromium package when running as root on a system with apt-get; true on success. */
export function installChromium(): boolean {
  return aptInstall('chromium', 'Chromium not found (about 30 s)') && findChromium() !== null;
}

/** A usable Chromium, installing it if possible; throws with the install hint otherwise. */
export function ensureChromium(): string {
  let bin = findChromium();
  if (!bin && !process.env.CHROMIUM_PATH && installChromium()) bin = findChromium();
  if (!bin) {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.\n` : 'No Chromium found.\n';
    throw new Error(where + INSTALL_HINT);
  }
  const version = chromiumVersion(bin);
  if (/Google Chrome (\d+)/.test(version) && Number(/Google Chrome (\d+)/.exec(version)![1]) >= 137) {
    throw new Error(`${bin} is ${version}, which ignores --load-extension.\n${INSTALL_HINT}`);
  }
  return bin;
}
