/**
 * The rule engine: checks an OA form against the ledger, the visit history and the standards in
 * force (one rule per file in ./rules), and the standards file format.
 */
export * from './finding';
export * from './money';
export * from './normalize';
export * from './facts';
export * from './history-index';
export * from './standard-in-force';
export * from './caps';
export * from './rule';
export * from './registry';
export * from './check-visit';
export * from './default-standard';
export * from './standards-file';
