// Coloured labels for the domain enums; every label comes from the i18n catalogues.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactRole,
  type HealthBand,
  type Moment,
  type MovementKind,
  type ObjectiveKind,
  type ObjectiveType,
  type PlanStatus,
  type RenewalStatus,
  type Sentiment,
  type StakeholderRole,
  type Tier,
} from '../api/types';
import { BAND_TONE } from '../lib/health';
import { fitTone } from '../lib/journey';
import { Icon } from './Icon';
import { npsCategory } from '../lib/nps';
import { useStages } from './StagesContext';

export type Tone =
  'gray' | 'blue' | 'indigo' | 'violet' | 'green' | 'teal' | 'amber' | 'orange' | 'red' | 'pink';

export function Badge({
  tone = 'gray',
  children,
  title,
  testId,
  dot = false,
}: {
  tone?: Tone;
  children: ReactNode;
  title?: string;
  testId?: string;
  dot?: boolean;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title} data-testid={testId}>
      {dot && <span className="badge-dot" />}
      {children}
    </span>
  );
}

// Stages are editable, so the colour follows the stage's moment of truth.
const MOMENT_TONE: Record<Moment, Tone> = {
  zmot: 'gray',
  fmot: 'violet',
  smot: 'blue',
  tmot: 'teal',
  churned: 'red',
};

/** A journey stage by its key: its name in the UI language (the key when unknown), coloured by its moment. */
export function StageBadge({
  stage,
  moment,
  testId = 'stage-badge',
}: {
  stage: string;
  moment?: Moment | null;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { stages, label } = useStages();
  const of = moment ?? stages?.find((s) => s.key === stage)?.moment ?? null;
  return (
    <Badge
      tone={of ? MOMENT_TONE[of] : 'gray'}
      dot
      testId={testId}
      title={of ? `${t('enum.moment')}: ${t(`enum.momentOfTruth.${of}`)}` : undefined}
    >
      {label(stage)}
      {of && of !== 'churned' && <span className="badge-suffix">{t(`enum.momentCode.${of}`)}</span>}
    </Badge>
  );
}

/** A moment of truth: "ZMOT（情報収集）". */
export function MomentBadge({ moment }: { moment: Moment | null }) {
  const { t } = useTranslation();
  if (!moment) return null;
  return (
    <Badge tone={MOMENT_TONE[moment] ?? 'gray'} testId="moment-badge">
      {t(`enum.momentOfTruth.${moment}`, { defaultValue: moment })}
    </Badge>
  );
}

/**
 * A 0–100 fit score against the ideal customer profile, red when poor; a dash when there is no
 * score (the profile had no criteria).
 */
export function FitScore({
  score,
  testId = 'fit-score',
  size = 'md',
}: {
  score: number | null;
  testId?: string;
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation();
  if (score === null)
    return (
      <span className={`fit fit-none fit-${size}`} data-testid={testId} title={t('fit.noScore')}>
        <span className="fit-value">—</span>
      </span>
    );
  const tone = fitTone(score);
  return (
    <span
      className={`fit fit-${tone} fit-${size}`}
      data-testid={testId}
      data-score={score}
      title={t(`fit.tone.${tone}`)}
    >
      <span className="fit-value">{Math.round(score)}</span>
      <span className="fit-of">/100</span>
    </span>
  );
}

/** A health band as a chip ("赤"); "なし" before the account has one. */
export function BandBadge({
  band,
  children,
  title,
  testId,
}: {
  band: HealthBand | null;
  /** Shown instead of the band's name (a score, say). */
  children?: ReactNode;
  title?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Badge tone={band ? BAND_TONE[band] : 'gray'} dot title={title} testId={testId}>
      {children ?? (band ? t(`enum.healthBand.${band}`) : t('health.noBand'))}
    </Badge>
  );
}

const STAKEHOLDER_TONE: Record<StakeholderRole, Tone> = {
  champion: 'green',
  decision_maker: 'indigo',
  executive_sponsor: 'violet',
  user: 'gray',
  other: 'gray',
};

export function StakeholderRoleBadge({ role }: { role: StakeholderRole }) {
  const { t } = useTranslation();
  return (
    <Badge tone={STAKEHOLDER_TONE[role] ?? 'gray'}>
      {t(`enum.stakeholderRole.${role}`, { defaultValue: role })}
    </Badge>
  );
}

const TIER_TONE: Record<Tier, Tone> = {
  high_touch: 'indigo',
  low_touch: 'blue',
  tech_touch: 'gray',
};

/** The touch model; one set by hand is marked so (`compact`: by a pencil, for narrow columns). */
export function TierBadge({
  tier,
  override,
  compact = false,
}: {
  tier: Tier | null;
  override?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (!tier) return <span className="muted">{t('common.notSet')}</span>;
  return (
    <Badge
      tone={TIER_TONE[tier] ?? 'gray'}
      testId="tier-badge"
      title={override ? t('account.tierOverridden') : undefined}
    >
      {t(`enum.tier.${tier}`, { defaultValue: tier })}
      {override &&
        (compact ? (
          <Icon
            name="pencil"
            size={11}
            role="img"
            aria-hidden={false}
            aria-label={t('account.manual')}
          />
        ) : (
          <span className="badge-suffix">{t('account.manual')}</span>
        ))}
    </Badge>
  );
}

const ROLE_TONE: Record<ContactRole, Tone> = {
  champion: 'green',
  decision_maker: 'indigo',
  user: 'gray',
  executive_sponsor: 'violet',
};

export function ContactRoleBadge({ role }: { role: ContactRole | null }) {
  const { t } = useTranslation();
  if (!role) return null;
  return (
    <Badge tone={ROLE_TONE[role] ?? 'gray'}>
      {t(`enum.contactRole.${role}`, { defaultValue: role })}
    </Badge>
  );
}

const SENTIMENT_TONE: Record<Sentiment, Tone> = {
  positive: 'green',
  neutral: 'gray',
  negative: 'red',
};

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  const { t } = useTranslation();
  if (!sentiment) return null;
  return (
    <Badge tone={SENTIMENT_TONE[sentiment] ?? 'gray'} dot>
      {t(`enum.sentiment.${sentiment}`, { defaultValue: sentiment })}
    </Badge>
  );
}

const MOVEMENT_TONE: Record<MovementKind, Tone> = {
  new: 'blue',
  expansion: 'green',
  contraction: 'orange',
  churn: 'red',
  reactivation: 'teal',
};

export function MovementBadge({ kind }: { kind: MovementKind }) {
  const { t } = useTranslation();
  return (
    <Badge tone={MOVEMENT_TONE[kind] ?? 'gray'}>
      {t(`enum.movement.${kind}`, { defaultValue: kind })}
    </Badge>
  );
}

const RENEWAL_TONE: Record<RenewalStatus, Tone> = { due: 'blue', overdue: 'orange' };

/** A renewal due (the contract has not ended), or overdue within the grace days (not churn yet). */
export function RenewalStatusBadge({ status }: { status: RenewalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={RENEWAL_TONE[status] ?? 'gray'} dot testId="renewal-status">
      {t(`enum.renewalStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** NPS 0–10 coloured by promoter / passive / detractor; CSAT shown neutral. */
export function ScoreBadge({ kind, score }: { kind: 'nps' | 'csat'; score: number }) {
  const { t } = useTranslation();
  const tone: Tone =
    kind === 'nps'
      ? ({ promoter: 'green', passive: 'amber', detractor: 'red' }[npsCategory(score)] as Tone)
      : 'blue';
  return (
    <span
      className={`score score-${tone}`}
      title={kind === 'nps' ? t(`nps.category.${npsCategory(score)}`) : undefined}
    >
      <span className="score-kind">{t(`enum.surveyKind.${kind}`)}</span>
      <span className="score-value">{score}</span>
    </span>
  );
}

const PLAN_STATUS_TONE: Record<PlanStatus, Tone> = {
  not_started: 'gray',
  on_track: 'green',
  at_risk: 'amber',
  achieved: 'teal',
  abandoned: 'red',
};

export function PlanStatusBadge({ status, testId }: { status: PlanStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={PLAN_STATUS_TONE[status] ?? 'gray'} dot testId={testId}>
      {t(`enum.planStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** CX (the experience: 体験) or CO (the outcome: 成果), with the kind after it when set. */
export function ObjectiveTypeBadge({
  type,
  kind,
}: {
  type: ObjectiveType;
  kind?: ObjectiveKind | null;
}) {
  const { t } = useTranslation();
  return (
    <span
      className={`objective-type objective-type-${type}`}
      data-testid="objective-type"
      title={t(`enum.objectiveTypeHint.${type}`)}
    >
      <span className="objective-type-code">{type.toUpperCase()}</span>
      <span className="objective-type-label">{t(`enum.objectiveType.${type}`)}</span>
      {kind && (
        <span className="objective-type-kind">
          {t(`enum.objectiveKind.${kind}`, { defaultValue: kind })}
        </span>
      )}
    </span>
  );
}
