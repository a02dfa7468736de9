import { vi, type Mock } from 'vitest';

/** A runtime port in memory: what one side posts is recorded; the test plays the other side. */
export interface FakePort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number; url?: string };
  posted: unknown[];
  postMessage: Mock<(message: unknown) => void>;
  disconnect: Mock<() => void>;
  onMessage: { addListener(cb: (m: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  /** the other side sends a message */
  deliver(message: unknown): void;
  /** the other side closed the port */
  drop(): void;
}

export function fakePort(name: string, sender?: FakePort['sender']): FakePort {
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const posted: unknown[] = [];
  return {
    name,
    ...(sender ? { sender } : {}),
    posted,
    postMessage: vi.fn((m: unknown) => void posted.push(m)),
    disconnect: vi.fn(),
    onMessage: { addListener: (cb) => void messageListeners.push(cb) },
    onDisconnect: { addListener: (cb) => void disconnectListeners.push(cb) },
    deliver: (m) => messageListeners.forEach((cb) => cb(m)),
    drop: () => disconnectListeners.forEach((cb) => cb()),
  };
}
