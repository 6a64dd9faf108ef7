export { buildApp, type AppOptions } from './app';
export { startServer, type RunningServer } from './start';
export { ERROR_STATUS } from './http/error-status';
