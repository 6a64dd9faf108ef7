import { randomBytes } from 'node:crypto';

/** What a signed-in client sends: the session cookie header value. */
export type Session = { cookie: string };

/**
 * Signs in with the owner's one-time password, chooses a new random password (clearing
 * `mustChangePassword`) and checks that `GET /api/me` answers 200. One login request only.
 */
export async function signInAsOwner(
  baseUrl: string,
  email: string,
  oneTimePassword: string,
): Promise<Session> {
  const login = await postJson(baseUrl, '/api/auth/login', { email, password: oneTimePassword });
  const cookie = sessionCookie(login.response) ?? '';
  if (!cookie) throw new Error('login answered without a session cookie');
  const { csrfToken } = login.body as { csrfToken: string };
  const change = await postJson(
    baseUrl,
    '/api/me/password',
    { currentPassword: oneTimePassword, newPassword: `bench-${randomBytes(12).toString('base64url')}` },
    { cookie, 'x-csrf-token': csrfToken },
  );
  const session = { cookie: sessionCookie(change.response) ?? cookie };
  const me = await fetch(`${baseUrl}/api/me`, { headers: { cookie: session.cookie } });
  const meBody = (await me.json()) as { mustChangePassword?: boolean };
  if (me.status !== 200 || meBody.mustChangePassword !== false) {
    throw new Error(`GET /api/me after the password change: ${me.status} ${JSON.stringify(meBody)}`);
  }
  return session;
}

async function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json();
  if (response.status !== 200) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(parsed)}`);
  return { response, body: parsed };
}

/** `regulars_session=<token>` from the response's set-cookie headers, if any. */
function sessionCookie(response: Response): string | undefined {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(';')[0]?.trim();
    if (pair?.startsWith('regulars_session=') && pair.length > 'regulars_session='.length) return pair;
  }
  return undefined;
}
