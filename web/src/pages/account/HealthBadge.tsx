// The account's health in its header, on every tab: the score rounded, coloured by the band
// shown, and "手動" while a band set by hand is in force (its reason and end on hover).
import { useTranslation } from 'react-i18next';
import type { AccountHealth } from '../../api';
import { Badge } from '../../components/Badges';
import { formatDate } from '../../lib/format';
import { BAND_TONE } from '../../lib/health';

export function HealthBadge({ health }: { health: AccountHealth }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { band, score, override } = health;
  const title = override
    ? t('health.overrideHint', {
        band: t(`enum.healthBand.${override.band}`),
        reason: override.reason,
        until: formatDate(override.expires_at.slice(0, 10), lang),
      })
    : band
      ? t('health.bandHint', { band: t(`enum.healthBand.${band}`) })
      : t('health.unscored');
  return (
    <Badge tone={band ? BAND_TONE[band] : 'gray'} dot title={title} testId="health-badge">
      <span data-testid="health-badge-score" data-band={band ?? ''}>
        {t('health.badge', { score: score === null ? '—' : Math.round(score) })}
      </span>
      {override && (
        <span className="badge-suffix" data-testid="health-badge-manual">
          {t('health.manual')}
        </span>
      )}
    </Badge>
  );
}
