/** The data model: the single definition of every record CareFill stores or exchanges. */
export * from './vocab';
export * from './record';
export * from './fields';
export * from './field-keys';
export * from './cadre';
export * from './follow-up';
export * from './template';
export * from './standard';
export * from './visit-record';
export * from './site-map';
export * from './audit-event';
export * from './settings';
export * from './issues';
export * from './validators/dates';
export * from './validators/id-number';
export * from './validators/phone';
export * from './validators/rmb';
