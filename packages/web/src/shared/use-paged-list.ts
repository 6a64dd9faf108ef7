import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api-client';

/** One page of a cursor-paginated list, as every list endpoint answers. */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** A cursor-paginated list: the rows loaded so far and a way to load the next page. */
export type PagedList<T> = {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  reload: () => void;
};

/** Loads the first page whenever `deps` change; `loadMore` appends the next one. */
export function usePagedList<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(async (after: string | undefined, append: boolean) => {
    const run = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchRef.current(after);
      if (run !== latest.current) return;
      setItems((previous) => (append ? [...previous, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (cause) {
      if (run !== latest.current) return;
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'internal', String(cause)));
    } finally {
      if (run === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(undefined, false);
  }, [load, version, ...deps]);

  return {
    items,
    hasMore: cursor !== null,
    loading,
    error,
    loadMore: () => {
      if (cursor) void load(cursor, true);
    },
    reload: () => setVersion((v) => v + 1),
  };
}
