// The touch-model pyramid: high touch at the top, tech touch at the base, each tier with its
// accounts, its ARR and share of the whole (in the reporting currency), its accounts' health
// (a bar of red, yellow, green and unscored), its CSMs and accounts per CSM against the
// capacity aimed at (over it: said plainly), and its accounts without an owner; then the moves
// between tiers since the quarter started.
import { useTranslation } from 'react-i18next';
import { HEALTH_BANDS, TIERS, type PyramidTier, type TouchPyramid } from '../../api';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { BAND_COLOR } from '../../lib/health';
import { formatPercent } from '../../lib/usage';

/** The width of the pyramid at each tier's top and bottom edge, as a share of its base. */
const EDGES = [0.34, 0.56, 0.78, 1];
const NO_BAND_COLOR = '#d4d4d8';

/** A tier's slice of the pyramid: the trapezoid between its two edges. */
export function sliceShape(level: number): string {
  const top = EDGES[level]!;
  const bottom = EDGES[level + 1]!;
  const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;
  return `polygon(${pct((1 - top) / 2)} 0, ${pct((1 + top) / 2)} 0, ${pct((1 + bottom) / 2)} 100%, ${pct((1 - bottom) / 2)} 100%)`;
}

/** More accounts per CSM than the capacity aimed at (a tier without CSMs has its unowned count). */
export function overCapacity(tier: PyramidTier): boolean {
  return tier.accounts_per_csm !== null && tier.accounts_per_csm > tier.capacity_per_csm;
}

export function Pyramid({ pyramid }: { pyramid: TouchPyramid }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // Top first, whatever order the answer has.
  const tiers = TIERS.map((tier) => pyramid.tiers.find((x) => x.tier === tier)).filter(
    (x): x is PyramidTier => x !== undefined,
  );
  return (
    <section className="card" data-testid="touch-pyramid">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('touchModel.pyramid.title')}</h2>
          <div className="card-head-sub">
            {t('touchModel.pyramid.sub', { currency: pyramid.reporting_currency })}
          </div>
        </div>
      </div>
      <div className="pyramid" role="list" aria-label={t('touchModel.pyramid.label')}>
        <div className="pyramid-head" aria-hidden="true">
          <span />
          <span>{t('touchModel.pyramid.col.arr')}</span>
          <span>{t('touchModel.pyramid.col.health')}</span>
          <span>{t('touchModel.pyramid.col.csms')}</span>
        </div>
        {tiers.map((tier, level) => (
          <PyramidRow
            key={tier.tier}
            tier={tier}
            level={level}
            currency={pyramid.reporting_currency}
            lang={lang}
          />
        ))}
      </div>
      <h3 className="health-subtitle">
        {t('touchModel.moves.title', { date: formatDate(pyramid.quarter_start, lang) })}
      </h3>
      {pyramid.moves.length === 0 ? (
        <p className="muted health-note" data-testid="touch-moves-empty">
          {t('touchModel.moves.empty')}
        </p>
      ) : (
        <ul className="touch-moves" data-testid="touch-moves">
          {pyramid.moves.map((m) => (
            <li
              key={`${m.from}-${m.to}`}
              className="touch-move"
              data-testid="touch-move"
              data-from={m.from}
              data-to={m.to}
            >
              <span>{t(`enum.tier.${m.from}`)}</span>
              <Icon name="arrowRight" size={13} />
              <span>{t(`enum.tier.${m.to}`)}</span>
              <span className="strong">
                {t('touchModel.pyramid.accounts', { count: m.accounts })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PyramidRow({
  tier,
  level,
  currency,
  lang,
}: {
  tier: PyramidTier;
  level: number;
  currency: string;
  lang: string;
}) {
  const { t } = useTranslation();
  const over = overCapacity(tier);
  return (
    <div className="pyramid-row" role="listitem" data-testid="pyramid-tier" data-tier={tier.tier}>
      <div
        className={`pyramid-slice pyramid-slice-${tier.tier}`}
        style={{ clipPath: sliceShape(level) }}
      >
        <span className="pyramid-slice-name">{t(`enum.tier.${tier.tier}`)}</span>
        <span className="pyramid-slice-count" data-testid="pyramid-accounts">
          {t('touchModel.pyramid.accounts', { count: tier.accounts })}
        </span>
      </div>
      <div className="pyramid-cell">
        <span className="strong nowrap" data-testid="pyramid-arr">
          {formatMoney(tier.arr_reporting_minor, currency, lang)}
        </span>
        <span className="muted small" data-testid="pyramid-share">
          {t('touchModel.pyramid.share', { share: formatPercent(tier.arr_share, lang) })}
        </span>
      </div>
      <div className="pyramid-cell">
        <BandBar health={tier.health} />
      </div>
      <div className="pyramid-cell" data-testid="pyramid-csms" data-over={over}>
        <span>
          {t('touchModel.pyramid.csms', { count: tier.csms })}
          {' · '}
          {tier.accounts_per_csm === null
            ? t('touchModel.pyramid.noCsm')
            : t('touchModel.pyramid.perCsm', {
                value: formatNumber(tier.accounts_per_csm, lang, 1),
                capacity: formatNumber(tier.capacity_per_csm, lang),
              })}
        </span>
        {over && (
          <Badge tone="red" testId="pyramid-over">
            <Icon name="alert" size={12} />
            {t('touchModel.pyramid.overCapacity', {
              capacity: formatNumber(tier.capacity_per_csm, lang),
            })}
          </Badge>
        )}
        {tier.unowned_accounts > 0 ? (
          <Badge tone="amber" testId="pyramid-unowned">
            {t('touchModel.pyramid.unowned', { count: tier.unowned_accounts })}
          </Badge>
        ) : (
          <span className="muted small">{t('touchModel.pyramid.allOwned')}</span>
        )}
      </div>
    </div>
  );
}

/** The tier's accounts by health band, as one bar; the counts in words beneath. */
function BandBar({ health }: { health: PyramidTier['health'] }) {
  const { t } = useTranslation();
  const total = HEALTH_BANDS.reduce((sum, b) => sum + health[b], health.none);
  const parts = [
    ...HEALTH_BANDS.map((band) => ({
      key: band,
      name: t(`enum.healthBand.${band}`),
      color: BAND_COLOR[band],
      count: health[band],
    })),
    { key: 'none', name: t('health.noBand'), color: NO_BAND_COLOR, count: health.none },
  ];
  const words = parts
    .map((p) => t('touchModel.pyramid.bandCount', { band: p.name, count: p.count }))
    .join(t('health.listSeparator'));
  return (
    <div className="band-bar-wrap" data-testid="pyramid-health">
      <div className="band-bar" role="img" aria-label={words} title={words}>
        {total > 0 &&
          parts
            .filter((p) => p.count > 0)
            .map((p) => (
              <span
                key={p.key}
                className="band-bar-part"
                style={{ width: `${(p.count / total) * 100}%`, background: p.color }}
                data-band={p.key}
                data-count={p.count}
              />
            ))}
      </div>
      <span className="muted small">{words}</span>
    </div>
  );
}
