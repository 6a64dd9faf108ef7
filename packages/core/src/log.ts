import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths that must never reach a log line. Personal data is kept out of logs by design
 * (we log ids, not names); this list is the safety net for credentials.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.oneTimePassword',
  '*.secret',
  '*.token',
  '*.email',
  '*.phone',
];

type RequestLike = { method?: string; url?: string; id?: string };

/**
 * Creates the structured logger (JSON lines on stdout). Requests are logged by method and path
 * without the query string, which may carry personal data (a phone number being searched).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: RequestLike) => ({ method: req.method, path: req.url?.split('?')[0], requestId: req.id }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination ?? process.stdout,
  );
}
