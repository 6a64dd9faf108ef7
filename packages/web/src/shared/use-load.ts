import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api-client';

/** The state of one load: its data once arrived, its error, and a way to load again. */
export type Loaded<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'internal', String(error));
}

/** Runs `load` on mount and whenever `deps` change; answers that arrive after a newer load are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const run = ++latest.current;
    setLoading(true);
    setError(undefined);
    loadRef.current().then(
      (value) => {
        if (run !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (cause: unknown) => {
        if (run !== latest.current) return;
        setError(asApiError(cause));
        setLoading(false);
      },
    );
  }, [version, ...deps]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
