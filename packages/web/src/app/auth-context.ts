import { createContext, useContext } from 'react';
import type { Action, Me } from '@regulars/contracts';
import type { ApiError } from './api-client';

/** Where the session stands: still asking the server, signed out, signed in, or the server could not be asked. */
export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: Me }
  | { status: 'error'; error: ApiError };

/** The session and the things one can do with it. */
export type Auth = {
  state: AuthState;
  login: (email: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<Me>;
  refresh: () => Promise<void>;
};

export const AuthContext = createContext<Auth | null>(null);

/** The session; only inside `AuthProvider`. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in staff member; only on pages behind the sign-in guard. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe while not signed in');
  return state.me;
}

/** Whether the signed-in staff member may use `action` (drives what the console shows). */
export function useCan(): (action: Action) => boolean {
  const me = useMe();
  return (action) => me.permissions.includes(action);
}
