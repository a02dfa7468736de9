import { z } from 'zod';
import type { RequestSpec } from './spec';

/** The OA tab: its frames and what CareFill does in them. */
export const tabRequests = {
  /** which frames of a tab run CareFill's frame agent */
  'tab.frames': { from: ['extension-page'], payload: z.strictObject({ tabId: z.number().int().nonnegative() }) },
} as const satisfies Record<string, RequestSpec>;

export interface FrameStatus {
  frameId: number;
  url: string;
  /** the frame agent answered from this frame */
  active: boolean;
}

export interface TabResponses {
  'tab.frames': { frames: FrameStatus[] };
}
