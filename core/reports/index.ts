export * from './spending';
export * from './cadre-totals';
export * from './year-report';
export * from './report-sheet';
