/** The ledger (台账) logic that needs no storage: search keys, query matching, summaries, import plans. */
export * from './search-keys';
export * from './index-terms';
export * from './query';
export * from './match';
export * from './summary';
export * from './build-cadre';
export * from './import-plan';
