export { outbox, outboxCursors } from './events.tables';
export { publishEvent, readEvents, ackEvents, outboxPublisherLock, type OutboxEvent } from './events.service';
