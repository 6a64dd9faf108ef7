import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '@regulars/contracts';
import { ApiError, api, onApiError, setCsrfToken } from './api-client';
import { AuthContext, type Auth, type AuthState } from './auth-context';

/** Holds the session: asks `GET /api/me` on start and notices when the server ends the session. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const signIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  const signOut = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      signIn(await api.get<Me>('/api/me'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unauthenticated') signOut();
      else setState({ status: 'error', error: error as ApiError });
    }
  }, [signIn, signOut]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onApiError((error) => {
        if (error.code === 'unauthenticated') signOut();
        if (error.code === 'password_change_required') void refresh();
      }),
    [refresh, signOut],
  );

  const auth = useMemo<Auth>(
    () => ({
      state,
      refresh,
      login: async (email, password) => signIn(await api.post<Me>('/api/auth/login', { email, password })),
      logout: async () => {
        await api.post('/api/auth/logout').catch(() => undefined);
        signOut();
      },
      changePassword: async (currentPassword, newPassword) =>
        signIn(await api.post<Me>('/api/me/password', { currentPassword, newPassword })),
    }),
    [state, refresh, signIn, signOut],
  );

  return <AuthContext value={auth}>{children}</AuthContext>;
}
