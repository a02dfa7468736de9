/** Deterministic synthetic data for tests, the demo and benchmarks: never real people. */
export { generateLedger, DEFAULT_SYNTH_TODAY, type LedgerOptions, type SynthLedger } from './ledger';
export type { SynthCadre } from './cadre';
export type { SynthVisit } from './visits';
export type { SynthFollowUp } from './follow-ups';
export { createRandom, deriveSeed, Random } from './random';
export { makeIdNumber } from './id-number';
export { makeName } from './names';
