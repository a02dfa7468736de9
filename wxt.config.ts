import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './manifest';

// The manifest (permissions, hosts, CSP) is built in manifest.ts, where the security tests read it.
export { GECKO_ID } from './manifest';

export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (several engineers or CI jobs in one tree) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: buildManifest,
});
