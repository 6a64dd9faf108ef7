import { createContext, useContext } from 'react';
import type { Brand, Store } from '@regulars/contracts';

/** The brands and stores the signed-in user can see, and the store scope chosen in the header. */
export type Org = {
  brands: Brand[];
  stores: Store[];
  loading: boolean;
  /** The store chosen in the header; undefined means all stores. */
  storeId: string | undefined;
  setStoreId: (storeId: string | undefined) => void;
  storeName: (storeId: string | null | undefined) => string | undefined;
  reload: () => void;
};

export const OrgContext = createContext<Org | null>(null);

/** Brands, stores and the store scope; only inside `OrgProvider`. */
export function useOrg(): Org {
  const org = useContext(OrgContext);
  if (!org) throw new Error('useOrg outside OrgProvider');
  return org;
}
