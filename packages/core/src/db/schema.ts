/** Every table of every module, for Drizzle and drizzle-kit. */
export * from '../modules/org/org.tables';
export * from '../modules/staff/staff.tables';
export * from '../modules/audit/audit.tables';
export * from '../modules/guests/guests.tables';
export * from '../modules/menu/menu.tables';
export * from '../modules/orders/orders.tables';
export * from '../modules/events/events.tables';
export * from '../modules/orders/integrations.tables';
export * from '../modules/imports/imports.tables';
