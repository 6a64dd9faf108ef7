import { useEffect, useState } from 'react';
import type { ImportJob } from '@regulars/contracts';
import { ApiError } from '../../app/api-client';
import { getImport } from './imports.api';

const POLL_MS = 1000;

/** Follows an import job: asks for it every second while it runs, stops when it finishes or fails. */
export function useImportJob(started: ImportJob | undefined): {
  job: ImportJob | undefined;
  error: ApiError | undefined;
} {
  const [job, setJob] = useState(started);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    setJob(started);
    setError(undefined);
    if (!started) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await getImport(started.id);
        if (stopped) return;
        setJob(next);
        if (next.status === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (cause) {
        if (!stopped)
          setError(cause instanceof ApiError ? cause : new ApiError(0, 'internal', String(cause)));
      }
    };
    if (started.status === 'running') timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [started]);

  return { job, error };
}
