/** Epoch milliseconds; injected so tests can control time. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
