export { recordAudit, listAudit, type AuditInput } from './audit.service';
export { auditLog } from './audit.tables';
