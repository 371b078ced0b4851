import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ErrorAlert } from '../../components/Alert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Layout';
import { errorText } from '../../lib/errorText';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle([t('login.title')]);
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: Location } | null)?.from;
  const target =
    from && from.pathname !== '/login'
      ? `${from.pathname}${from.search}${from.hash}`
      : '/dashboard';

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (user) return <Navigate to={target} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(target, { replace: true });
    } catch (cause) {
      setError(errorText(cause, t, t('login.failed')));
      setSubmitting(false);
    }
  }

  return (
    <div className="login">
      <section className="login-hero" aria-hidden="true">
        <div className="login-hero-brand">
          <Logo />
          <span>Banso</span>
        </div>
        <div className="login-hero-copy">
          <div className="login-hero-kanji">伴走</div>
          <h2>{t('login.heroTitle')}</h2>
          <p>{t('login.heroBody')}</p>
        </div>
        <div className="login-hero-foot">{t('app.footer')}</div>
      </section>
      <section className="login-panel">
        <div className="login-lang">
          <LanguageSwitch />
        </div>
        <form className="login-form" onSubmit={submit} data-testid="login-form" noValidate>
          <h1>{t('login.title')}</h1>
          <p className="login-sub">{t('login.subtitle')}</p>
          {error && <ErrorAlert testId="login-error">{error}</ErrorAlert>}
          <label className="field">
            <span className="field-label">{t('login.email')}</span>
            <input
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="login-email"
            />
          </label>
          <label className="field">
            <span className="field-label">{t('login.password')}</span>
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="login-password"
            />
          </label>
          <button
            type="submit"
            className="btn btn-primary btn-block"
            disabled={submitting || !email || !password}
            data-testid="login-submit"
          >
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
