/** Calendar facts the office works by: festival days, lunar dates and birthdays, 周岁 and 虚岁. */
export * from './lunar';
export * from './festivals';
export * from './age';
export * from './birthday';
