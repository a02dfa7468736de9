// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Names from the ledger are untrusted text: no HTML sinks anywhere in extension code. */
const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: render text with Preact or textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];
/** CareFill talks to nothing but the browser. */
const noNetwork = [
  { name: 'fetch', message: 'No network calls from extension code.' },
  { name: 'XMLHttpRequest', message: 'No network calls from extension code.' },
  { name: 'WebSocket', message: 'No network calls from extension code.' },
  { name: 'EventSource', message: 'No network calls from extension code.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', globalThis: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      'no-restricted-globals': ['error', ...noNetwork],
    },
  },
  {
    // core/ is pure: it runs in Node and imports nothing of ours outside core/.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/storage/**', '**/page/**', '**/entrypoints/**', '**/components/**', '**/messaging/**'], message: 'core/ imports only core/.' },
        { group: ['wxt/*', 'wxt', 'dexie', 'webextension-polyfill'], message: 'core/ is pure: no browser, no IndexedDB.' },
      ] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/storage/**', 'dexie', 'wxt/browser', 'webextension-polyfill'], message: 'components/ get data by props: no storage, no browser API.' },
      ] }],
    },
  },
  {
    files: ['page/**/*.ts', 'entrypoints/**/*.content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/storage/**', 'dexie'], message: 'Content scripts never open IndexedDB: a frame asks the background.' },
      ] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from wxt/browser.' }] }],
    },
    ignores: ['core/**', 'components/**', 'page/**', 'entrypoints/**/*.content/**'],
  },
  {
    // Tests, fixtures, scripts and the demo OA server run in Node and may use the network (loopback).
    files: ['tests/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
    rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
);
