/**
 * Sync by export file (docs/sync-format.md): the file format, its encryption, decoding with every
 * check a hostile file calls for, and the merge. Pure: storage/sync-*.ts reads and writes.
 */
export * from './limits';
export * from './kinds';
export * from './errors';
export * from './header';
export * from './content';
export * from './encode';
export * from './decode';
export * from './validate';
export * from './merge';
export * from './markers';
export * from './plan';
export * from './diff';
export * from './filter';
export { canonicalJson, jsonEqual } from './canonical';
export { findForbiddenKey } from './forbidden-keys';
