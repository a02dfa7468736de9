/** The ledger (台账) logic that needs no storage: search keys, query matching, summaries, import plans, the in-memory list. */
export * from './search-keys';
export * from './index-terms';
export * from './query';
export * from './match';
export * from './summary';
export * from './build-cadre';
export * from './import-plan';
export * from './same-fields';
export * from './ages';
export * from './filters';
export * from './entry';
export * from './ledger-index';
export * from './follow-ups';
