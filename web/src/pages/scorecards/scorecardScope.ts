// Whom a scorecard scores: the default (every account no other scorecard takes), a tier, or a
// segment. An account is scored by its segment's scorecard, else its tier's, else the default.
// A tier or segment has at most one scorecard, and a segment that filters by health band has
// none (its members would depend on the band the scorecard gives).
import { TIERS, type Scorecard, type Segment, type Tier } from '../../api';
import type { Translate } from '../../lib/errorText';

/** "Default (every other account)", the tier's name, or "Segment: <name>". */
export function scopeLabel(
  scorecard: Pick<Scorecard, 'tier' | 'segment_id'>,
  segments: readonly Segment[] | undefined,
  t: Translate,
): string {
  if (scorecard.segment_id != null) {
    const segment = segments?.find((s) => s.id === scorecard.segment_id);
    // Before the segments are read (or one deleted), its number stands in for its name.
    const name = segment?.name ?? `#${scorecard.segment_id}`;
    return t('scorecards.scope.segment', { name });
  }
  if (scorecard.tier) return t(`enum.tier.${scorecard.tier}`);
  return t('scorecards.scope.default');
}

export interface ScopeChoice<Value> {
  value: Value;
  /** Why it cannot be chosen; null when it can. */
  unavailable: string | null;
}

export function tierChoices(scorecards: readonly Scorecard[], t: Translate): ScopeChoice<Tier>[] {
  return TIERS.map((tier) => ({
    value: tier,
    unavailable: scorecards.some((s) => s.tier === tier)
      ? t('scorecards.create.hasScorecard')
      : null,
  }));
}

export function segmentChoices(
  scorecards: readonly Scorecard[],
  segments: readonly Segment[],
  t: Translate,
): ScopeChoice<Segment>[] {
  return segments.map((segment) => ({
    value: segment,
    unavailable: scorecards.some((s) => s.segment_id === segment.id)
      ? t('scorecards.create.hasScorecard')
      : segment.filter.health_band
        ? t('scorecards.create.byHealth')
        : null,
  }));
}

/** The default scorecard: neither a tier's nor a segment's. */
export function defaultScorecard(scorecards: readonly Scorecard[]): Scorecard | undefined {
  return scorecards.find((s) => !s.tier && s.segment_id == null);
}
