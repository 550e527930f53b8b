// Finds a Chromium that loads unpacked extensions, installing Debian's package when allowed.
// Branded Google Chrome 137+ ignores --load-extension, so it is never picked.
import { ensureBinary, versionOf } from './system-browser';

const CHROMIUM = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'],
  pkg: 'chromium',
  installTime: 'about 30 s',
  hint:
    'Sourcelens needs Chromium (or Chrome for Testing) to load the extension; branded Google Chrome 137+ ignores --load-extension.\n' +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  Fedora: sudo dnf install chromium · Arch: sudo pacman -S chromium · macOS: brew install --cask chromium\n' +
    '  or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.',
};

/** The browser's version line, e.g. "Chromium 156.0.8078.108 built on Debian". */
export const chromiumVersion = versionOf;

/** A usable Chromium, installing it if possible; throws with the install hint otherwise. */
export function ensureChromium(): string {
  const bin = ensureBinary(CHROMIUM);
  const version = chromiumVersion(bin);
  if (/Google Chrome (\d+)/.test(version) && Number(/Google Chrome (\d+)/.exec(version)![1]) >= 137) {
    throw new Error(`${bin} is ${version}, which ignores --load-extension.\n${CHROMIUM.hint}`);
  }
  return bin;
}
