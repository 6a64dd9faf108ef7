/** Every table of every module, for Drizzle and drizzle-kit. */
export * from '../modules/org/org.tables';
export * from '../modules/staff/staff.tables';
export * from '../modules/audit/audit.tables';
