/** The Lock: passphrase-wrapped data key, sealed sensitive fields, keyed hashes for lookups. */
export * from './keys';
export * from './vault';
export * from './seal';
export * from './terms';
export * from './sensitive-fields';
export * from './placeholders';
export * from './strength';
