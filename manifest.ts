import type { ConfigEnv, UserManifest } from 'wxt';

/**
 * The manifest CareFill asks the browser for (what wxt.config.ts hands to WXT, which adds the
 * entrypoints: background, action, options page, icons, version). It lives in its own file so
 * tests/unit/security/manifest.test.ts can generate it for every browser × mode and compare it to
 * a committed snapshot: a new permission, host, web-accessible resource or a looser CSP fails.
 *
 * Build modes:
 * - production (`wxt build`): what offices install. OA origins are optional host permissions,
 *   granted at runtime from the options page.
 * - test (`wxt build --mode test`): the same extension with the demo OA origins (loopback only)
 *   pre-granted, so end-to-end tests and `npm run demo` need no permission prompt.
 */
export const DEMO_OA_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const GECKO_ID = 'carefill@carefill.local';

/**
 * Extension pages run only our own bundled scripts and load or send nothing beyond the extension
 * itself: `default-src 'self'` also closes images, styles, fonts, frames and media to other hosts
 * (an `<img src=https://…>` would otherwise carry data out); images may be `data:`/`blob:` (icons,
 * generated previews). CSSOM styles (Preact's `style` prop) are not inline styles, so they work.
 */
export const EXTENSION_PAGE_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'";

/** The parts of WXT's build environment the manifest depends on. */
export type ManifestEnv = Pick<ConfigEnv, 'browser' | 'manifestVersion' | 'mode'>;

/** Builds the manifest for one browser, manifest version and build mode (pure; see the file comment). */
export function buildManifest({ browser, manifestVersion, mode }: ManifestEnv): UserManifest {
  const preGranted = mode === 'test' ? DEMO_OA_ORIGINS : [];
  const anyOrigin = ['http://*/*', 'https://*/*'];
  const manifest = {
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
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGE_CSP } : EXTENSION_PAGE_CSP,
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
  // WXT's type is MV3-shaped: MV2's string CSP and optional host patterns are what Firefox MV2 takes
  return manifest as UserManifest;
}
