/**
 * 今日工作: the home screen's lists — milestone birthdays, the next festival campaign, follow-ups
 * due by owner, hospital stays, cadres not contacted in time, difficulties and needs not acted
 * upon — each rule in its own file, all computed in one pass by `computeToday`.
 */
export * from './types';
export * from './policy';
export * from './compute';
export * from './limit';
export * from './visit-list';
export * from './reminder-time';
export { nextCampaign } from './campaign';
export { contactInterval } from './contact';
export { addMonths } from './dates';
