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
import {
  api,
  onUnauthorized,
  setCsrfToken,
  type ServerPermission,
  type Session,
  type User,
} from '../api';
import { forgetSignedIn, takeArrived, takePrefetched } from '../prefetch';

interface AuthState {
  /** undefined while the session probe runs. */
  user: User | null | undefined;
  /** What the session answer says the user may do (none while signed out); see permissions.ts. */
  permissions: readonly ServerPermission[];
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  // The probe's answer when it arrived before the first render (asked for at load, prefetch.ts).
  const [arrived] = useState(() => {
    const session = takeArrived('me');
    if (session) setCsrfToken(session.csrf_token);
    return session;
  });
  const [user, setUser] = useState<User | null | undefined>(arrived?.user);
  const [permissions, setPermissions] = useState<readonly ServerPermission[]>(
    arrived?.permissions ?? [],
  );

  const adopt = useCallback((session: Session | null) => {
    if (!session) forgetSignedIn();
    setCsrfToken(session?.csrf_token ?? null);
    setUser(session?.user ?? null);
    setPermissions(session?.permissions ?? []);
  }, []);

  useEffect(() => {
    onUnauthorized(() => adopt(null));
    let cancelled = false;
    if (!arrived)
      (takePrefetched('me') ?? api.me())
        .then((session) => !cancelled && adopt(session))
        .catch(() => !cancelled && adopt(null));
    return () => {
      cancelled = true;
      onUnauthorized(null);
    };
  }, [adopt, arrived]);

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

  const value = useMemo(
    () => ({ user, permissions, signIn, signOut }),
    [user, permissions, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
