import path from 'node:path';
import { defineConfig } from 'wxt';
import { writeKnowledgeFiles } from './scripts/knowledge-files';
import { KNOWLEDGE_FILES } from './utils/knowledge';

// See DESIGN.md: least privilege. The content script is injected on demand through activeTab + scripting,
// so no host permission is ever declared; Firefox and Chrome both build as MV3.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Sourcelens',
    description: 'Where a news article comes from: source, date, entities, cited sources and reused passages — computed on your machine.',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked only when the reader subscribes to a feed: that site's address, and alarms for the refresh.
    optional_permissions: ['alarms'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Sourcelens: analyse this page' },
    // The content script reads the outlet registry and the entity model from these files (utils/knowledge.ts).
    // Pages cannot find them: Chrome serves them only at a per-session address (use_dynamic_url), Firefox at
    // a per-install random one.
    web_accessible_resources: [
      { resources: Object.values(KNOWLEDGE_FILES), matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Analyse the current page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
          gecko: {
            id: 'sourcelens@sourcelens.local',
            strict_min_version: '140.0',
            // Sourcelens collects nothing: every analysis stays on the reader's machine.
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        } }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push(...writeKnowledgeFiles(path.join(wxt.config.wxtDir, 'knowledge-files')));
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
