import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest maps `wxt/browser` to an in-memory fake; it does not apply wxt.config's vite plugins.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    environment: 'node',
    // Dates are computed in Asia/Shanghai whatever the machine's zone: prove it by running in another.
    env: { TZ: 'America/Los_Angeles' },
  },
});
