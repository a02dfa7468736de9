/** The submit guard's pure core (issue 7): what is watched, the check, the verdict, the record. */
export * from './submit-texts';
export * from './verdict';
export * from './find-cadre';
export * from './candidate';
export * from './dedupe';
export * from './check';
export * from './result-text';
