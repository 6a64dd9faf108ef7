import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@regulars/contracts';

/** A code the console can show: one the API answers with, or `network` when no answer came. */
export type ClientErrorCode = ErrorCode | 'network';

/** A failed API call: the server's `{ error: { code, message, details, requestId } }`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details: unknown = undefined,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | null | undefined>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
const errorListeners = new Set<(error: ApiError) => void>();

/** Remembers the CSRF token from `Me`; every mutating request sends it as `X-CSRF-Token`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` on every failed API call (used to notice an expired session); returns an unsubscribe. */
export function onApiError(listener: (error: ApiError) => void): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

/** Builds `path?key=value…`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  const code = isErrorCode(error?.code) ? error.code : 'internal';
  const message = typeof error?.message === 'string' ? error.message : response.statusText;
  const requestId = typeof error?.requestId === 'string' ? error.requestId : null;
  return new ApiError(response.status, code, message, error?.details, requestId);
}

/** A request body sent as it is (a file upload) instead of as JSON. */
type RawBody = { raw: Blob; contentType: string };

function isRaw(body: unknown): body is RawBody {
  return typeof body === 'object' && body !== null && (body as RawBody).raw instanceof Blob;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (isRaw(body)) headers['content-type'] = body.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isRaw(body) ? body.raw : JSON.stringify(body),
    });
  } catch (cause) {
    const error = new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
    errorListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (!response.ok) {
    const error = await toApiError(response);
    errorListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The console's only way to reach the server: JSON over `/api`, cookie session, CSRF header on writes. */
export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file as the raw request body (e.g. a CSV to import), with `query` in the address. */
  upload: <T>(path: string, query: Query, file: Blob, contentType: string) =>
    request<T>('POST', withQuery(path, query), { raw: file, contentType }),
};

/** The field problems of a `validation_failed` error, or an empty list. */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) {
    return [];
  }
  return error.details.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as FieldIssue).path === 'string' &&
      typeof (issue as FieldIssue).message === 'string',
  );
}
