import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

const OPTIONS: { lang: Language; label: string }[] = [
  { lang: 'ja', label: '日本語' },
  { lang: 'en', label: 'English' },
];

/** 日本語 / English: each language named in itself, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div
      className="segmented"
      role="group"
      aria-label={t('nav.language')}
      data-testid="language-switch"
    >
      {OPTIONS.map(({ lang, label }) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={i18n.resolvedLanguage === lang ? 'active' : ''}
          aria-pressed={i18n.resolvedLanguage === lang}
          onClick={() => setLanguage(lang)}
          data-testid={`lang-${lang}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
