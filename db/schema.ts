// The whole data model: the tour's domain and the platform's own tables, with the constraints that
// make bad states impossible. drizzle-kit reads this file (drizzle.config.ts).
export * from './schema-domain';
export * from './schema-platform';
export * from './schema-practices';
