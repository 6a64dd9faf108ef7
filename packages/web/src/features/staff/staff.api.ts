import type { CreateStaffInput, Role, Staff, UpdateStaffInput } from '@regulars/contracts';
import { api } from '../../app/api-client';
import type { Page } from '../../shared/use-paged-list';

/** The filters of the staff list; `storeId` comes from the header's store scope. */
export type StaffFilters = { storeId?: string; role?: Role; status?: Staff['status']; q?: string };

/** A staff member with the password they must use once. */
export type StaffWithPassword = { staff: Staff; oneTimePassword: string };

/** One page of staff matching `filters`. */
export function listStaff(filters: StaffFilters, cursor: string | undefined): Promise<Page<Staff>> {
  return api.get('/api/staff', { ...filters, limit: 100, cursor });
}

/** Creates a staff member; the answer carries their one-time password. */
export function createStaff(input: CreateStaffInput): Promise<StaffWithPassword> {
  return api.post('/api/staff', input);
}

/** Changes name, role, stores or status. */
export function updateStaff(id: string, input: UpdateStaffInput): Promise<Staff> {
  return api.patch(`/api/staff/${encodeURIComponent(id)}`, input);
}

/** Replaces the password with a new one-time password. */
export function resetStaffPassword(id: string): Promise<StaffWithPassword> {
  return api.post(`/api/staff/${encodeURIComponent(id)}/reset-password`);
}
