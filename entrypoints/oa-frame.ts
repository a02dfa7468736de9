import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { describeFrame, startFrameAgent } from '../page/frame-agent';

/**
 * Registered at runtime (background/content-scripts) for the OA origins the person granted, in
 * every frame. Built to `/oa-frame.js`.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown }; __carefillFrame?: boolean };
  if (g.__carefillFrame) return; // injected twice (registration + on-demand): keep one agent
  g.__carefillFrame = true;
  const runtime = (g.browser?.runtime ?? g.chrome?.runtime) as Parameters<typeof startFrameAgent>[0];
  startFrameAgent(runtime, { 'frame.ping': describeFrame });
});
