/** Condolence templates: the placeholder vocabulary, checking and rendering, default amounts. */
export * from './context';
export * from './placeholders';
export * from './scan';
export * from './salutation';
export * from './default-amount';
export * from './render';
export * from './examples';
