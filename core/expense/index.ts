export * from './select';
export * from './money';
export * from './claim';
export * from './values';
export * from './check';
