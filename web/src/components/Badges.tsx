// Coloured labels for the domain enums; every label comes from the i18n catalogues.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  STAGE_MOMENT,
  type ContactRole,
  type JourneyStage,
  type MovementKind,
  type ObjectiveKind,
  type ObjectiveType,
  type PlanStatus,
  type Sentiment,
  type Tier,
} from '../api/types';
import { npsCategory } from '../lib/nps';

export type Tone = 'gray' | 'blue' | 'indigo' | 'violet' | 'green' | 'teal' | 'amber' | 'orange' | 'red' | 'pink';

export function Badge({ tone = 'gray', children, title, testId, dot = false }: { tone?: Tone; children: ReactNode; title?: string; testId?: string; dot?: boolean }) {
  return (
    <span className={`badge badge-${tone}`} title={title} data-testid={testId}>
      {dot && <span className="badge-dot" />}
      {children}
    </span>
  );
}

const STAGE_TONE: Record<JourneyStage, Tone> = {
  prospect: 'gray',
  evaluating: 'violet',
  onboarding: 'blue',
  adopting: 'green',
  renewing: 'amber',
  advocating: 'teal',
  churned: 'red',
};

export function StageBadge({ stage }: { stage: JourneyStage }) {
  const { t } = useTranslation();
  const moment = STAGE_MOMENT[stage];
  return (
    <Badge tone={STAGE_TONE[stage] ?? 'gray'} dot testId="stage-badge" title={moment ? `${t('enum.moment')}: ${moment}` : undefined}>
      {t(`enum.stage.${stage}`, { defaultValue: stage })}
      {moment && <span className="badge-suffix">{moment}</span>}
    </Badge>
  );
}

const TIER_TONE: Record<Tier, Tone> = { high_touch: 'indigo', low_touch: 'blue', tech_touch: 'gray' };

export function TierBadge({ tier, override }: { tier: Tier | null; override?: boolean }) {
  const { t } = useTranslation();
  if (!tier) return <span className="muted">{t('common.notSet')}</span>;
  return (
    <Badge tone={TIER_TONE[tier] ?? 'gray'} testId="tier-badge" title={override ? t('account.tierOverridden') : undefined}>
      {t(`enum.tier.${tier}`, { defaultValue: tier })}
      {override && <span className="badge-suffix">{t('account.manual')}</span>}
    </Badge>
  );
}

const ROLE_TONE: Record<ContactRole, Tone> = { champion: 'green', decision_maker: 'indigo', user: 'gray', executive_sponsor: 'violet' };

export function ContactRoleBadge({ role }: { role: ContactRole | null }) {
  const { t } = useTranslation();
  if (!role) return null;
  return <Badge tone={ROLE_TONE[role] ?? 'gray'}>{t(`enum.contactRole.${role}`, { defaultValue: role })}</Badge>;
}

const SENTIMENT_TONE: Record<Sentiment, Tone> = { positive: 'green', neutral: 'gray', negative: 'red' };

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  const { t } = useTranslation();
  if (!sentiment) return null;
  return (
    <Badge tone={SENTIMENT_TONE[sentiment] ?? 'gray'} dot>
      {t(`enum.sentiment.${sentiment}`, { defaultValue: sentiment })}
    </Badge>
  );
}

const MOVEMENT_TONE: Record<MovementKind, Tone> = { new: 'blue', expansion: 'green', contraction: 'orange', churn: 'red', reactivation: 'teal' };

export function MovementBadge({ kind }: { kind: MovementKind }) {
  const { t } = useTranslation();
  return <Badge tone={MOVEMENT_TONE[kind] ?? 'gray'}>{t(`enum.movement.${kind}`, { defaultValue: kind })}</Badge>;
}

/** NPS 0–10 coloured by promoter / passive / detractor; CSAT shown neutral. */
export function ScoreBadge({ kind, score }: { kind: 'nps' | 'csat'; score: number }) {
  const { t } = useTranslation();
  const tone: Tone = kind === 'nps' ? { promoter: 'green', passive: 'amber', detractor: 'red' }[npsCategory(score)] as Tone : 'blue';
  return (
    <span className={`score score-${tone}`} title={kind === 'nps' ? t(`nps.category.${npsCategory(score)}`) : undefined}>
      <span className="score-kind">{t(`enum.surveyKind.${kind}`)}</span>
      <span className="score-value">{score}</span>
    </span>
  );
}

const PLAN_STATUS_TONE: Record<PlanStatus, Tone> = { not_started: 'gray', on_track: 'green', at_risk: 'amber', achieved: 'teal', abandoned: 'red' };

export function PlanStatusBadge({ status, testId }: { status: PlanStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={PLAN_STATUS_TONE[status] ?? 'gray'} dot testId={testId}>
      {t(`enum.planStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** CX (the experience: 体験) or CO (the outcome: 成果), with the kind after it when set. */
export function ObjectiveTypeBadge({ type, kind }: { type: ObjectiveType; kind?: ObjectiveKind | null }) {
  const { t } = useTranslation();
  return (
    <span className={`objective-type objective-type-${type}`} data-testid="objective-type" title={t(`enum.objectiveTypeHint.${type}`)}>
      <span className="objective-type-code">{type.toUpperCase()}</span>
      <span className="objective-type-label">{t(`enum.objectiveType.${type}`)}</span>
      {kind && <span className="objective-type-kind">{t(`enum.objectiveKind.${kind}`, { defaultValue: kind })}</span>}
    </span>
  );
}
