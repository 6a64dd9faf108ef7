import type { Action } from '@regulars/contracts';
import type { Session } from './sign-in';

/**
 * Creates an API key with the given actions through the console API (as a signed-in owner) and
 * returns the `authorization` header value that integrations send.
 */
export async function createBenchApiKey(
  baseUrl: string,
  session: Session,
  actions: Action[],
): Promise<string> {
  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie: session.cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'bench', actions }),
  });
  const body = (await response.json()) as { secret?: string };
  if (response.status !== 200 || !body.secret) {
    throw new Error(`POST /api/api-keys: ${response.status} ${JSON.stringify(body)}`);
  }
  return `Bearer ${body.secret}`;
}
