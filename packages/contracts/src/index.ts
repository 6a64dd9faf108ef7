export * from './errors';
export * from './roles';
export * from './common';
export * from './auth';
export * from './org';
export * from './staff';
export * from './audit';
