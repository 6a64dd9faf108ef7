import type { Brand, CreateBrandInput, CreateStoreInput, Store, UpdateStoreInput } from '@regulars/contracts';
import { api } from '../../app/api-client';

/** Creates the brand (done once, when none exists). */
export function createBrand(input: CreateBrandInput): Promise<Brand> {
  return api.post('/api/brands', input);
}

/** Adds a store to a brand. */
export function createStore(input: CreateStoreInput): Promise<Store> {
  return api.post('/api/stores', input);
}

/** Changes a store's name, line, city, district type, time zone or status (not its code or brand). */
export function updateStore(id: string, input: UpdateStoreInput): Promise<Store> {
  return api.patch(`/api/stores/${encodeURIComponent(id)}`, input);
}
