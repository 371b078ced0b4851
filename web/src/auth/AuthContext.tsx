// The signed-in session: probed with /auth/me on load (recovers the CSRF token after a reload),
// set by sign-in, cleared by sign-out or by any 401 from the API.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, onUnauthorized, setCsrfToken, type Session, type User } from '../api';

interface AuthState {
  /** undefined while the session probe runs. */
  user: User | null | undefined;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const adopt = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrf_token ?? null);
    setUser(session?.user ?? null);
  }, []);

  useEffect(() => {
    onUnauthorized(() => adopt(null));
    let cancelled = false;
    api
      .me()
      .then((session) => !cancelled && adopt(session))
      .catch(() => !cancelled && adopt(null));
    return () => {
      cancelled = true;
      onUnauthorized(null);
    };
  }, [adopt]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.login(email, password);
      adopt(session);
      return session.user;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      adopt(null);
    }
  }, [adopt]);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
