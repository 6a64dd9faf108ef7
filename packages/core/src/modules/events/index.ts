export { outbox, outboxCursors } from './events.tables';
