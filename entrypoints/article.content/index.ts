import { defineContentScript } from 'wxt/utils/define-content-script';
export default defineContentScript({
  registration: 'runtime',
  main() { (globalThis as any).__sl = 1; return 'ok'; },
});
