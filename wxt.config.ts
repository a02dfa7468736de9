import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Build modes:
 * - production (`wxt build`): what offices install. OA origins are optional host permissions,
 *   granted at runtime from the options page.
 * - test (`wxt build --mode test`): the same extension with the demo OA origins (loopback only)
 *   pre-granted, so end-to-end tests and `npm run demo` need no permission prompt.
 */
const DEMO_OA_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const GECKO_ID = 'carefill@carefill.local';

export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (several engineers or CI jobs in one tree) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const preGranted = mode === 'test' ? DEMO_OA_ORIGINS : [];
    const anyOrigin = ['http://*/*', 'https://*/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'zh_CN',
      permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', ...(manifestVersion === 2 ? [...preGranted] : [])],
      ...(manifestVersion === 3
        ? { host_permissions: preGranted, optional_host_permissions: anyOrigin }
        : { optional_permissions: anyOrigin }),
      // the in-page fill panel (entrypoints/background/fill/wiring.ts)
      commands: {
        'open-fill-panel': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_command_open_panel__' },
      },
      content_security_policy:
        manifestVersion === 3
          ? { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'" }
          : "script-src 'self'; object-src 'self'; connect-src 'self'",
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
