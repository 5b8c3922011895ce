import { defineConfig } from 'wxt';
import { readabilityWithoutInnerHtml } from './src/build/readability-without-inner-html';

// Firefox needs a fixed id so storage and the e2e tests' moz-extension:// URL stay stable.
export const GECKO_ID = 'crosscheck@crosscheck.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Cross-checks the news while you read it: which other outlets agree, which differ, and how.',
    permissions: ['storage', 'unlimitedStorage'],
    commands: {
      'next-claim': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next flagged statement and open its card' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous flagged statement and open its card' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [readabilityWithoutInnerHtml()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
