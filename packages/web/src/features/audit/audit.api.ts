import type { AuditEntry } from '@regulars/contracts';
import { api } from '../../app/api-client';
import type { Page } from '../../shared/use-paged-list';

/** Filters of the audit log; `from`/`to` are ISO datetimes with offset, `storeId` comes from the header. */
export type AuditFilters = {
  action?: string;
  entityType?: string;
  entityId?: string;
  storeId?: string;
  actorId?: string;
  from?: string;
  to?: string;
};

/** One page of audit entries, newest first. */
export function listAudit(filters: AuditFilters, cursor: string | undefined): Promise<Page<AuditEntry>> {
  return api.get('/api/audit', { ...filters, limit: 50, cursor });
}
