import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Brand, Store } from '@regulars/contracts';
import { api } from './api-client';
import { useCan, useMe } from './auth-context';
import { OrgContext, type Org } from './org-context';
import { useLoad } from '../shared/use-load';

type OrgData = { brands: Brand[]; stores: Store[] };
const EMPTY: OrgData = { brands: [], stores: [] };

async function loadOrg(): Promise<OrgData> {
  const [brands, stores] = await Promise.all([
    api.get<{ items: Brand[] }>('/api/brands'),
    api.get<{ items: Store[] }>('/api/stores'),
  ]);
  return { brands: brands.items, stores: stores.items };
}

/** Loads brands and stores (when the role may read them) and remembers the store scope per user. */
export function OrgProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const canRead = useCan()('org.read');
  const scopeKey = `regulars.storeScope.${me.id}`;
  const { data, loading, reload } = useLoad(() => (canRead ? loadOrg() : Promise.resolve(EMPTY)), [canRead]);
  const [storeId, setStoreId] = useState<string | undefined>(
    () => localStorage.getItem(scopeKey) ?? undefined,
  );

  const stores = data?.stores;
  useEffect(() => {
    if (stores && storeId && !stores.some((store) => store.id === storeId)) setStoreId(undefined);
  }, [stores, storeId]);

  useEffect(() => {
    if (storeId) localStorage.setItem(scopeKey, storeId);
    else localStorage.removeItem(scopeKey);
  }, [scopeKey, storeId]);

  const org = useMemo<Org>(() => {
    const byId = new Map((stores ?? []).map((store) => [store.id, store]));
    return {
      brands: data?.brands ?? [],
      stores: stores ?? [],
      loading,
      storeId,
      setStoreId,
      storeName: (id) => (id ? (byId.get(id)?.name ?? id) : undefined),
      reload,
    };
  }, [data, stores, loading, storeId, reload]);

  return <OrgContext value={org}>{children}</OrgContext>;
}
