// Self-sufficiency (自走): the level an assessment gives, as the server computes it, so that the
// form can say which level the ticked criteria reach before they are recorded.
import {
  SELF_SUFFICIENCY_LEVELS,
  type SelfSufficiencyCriterion,
  type SelfSufficiencyLevel,
} from '../api/types';

/** The highest level whose criteria, and those of every level below, are all met; a level without criteria stops the climb. */
export function levelReached(
  criteria: Pick<SelfSufficiencyCriterion, 'id' | 'level'>[],
  met: Iterable<number>,
): SelfSufficiencyLevel {
  const yes = new Set(met);
  let reached: SelfSufficiencyLevel = 'dependent';
  for (const level of SELF_SUFFICIENCY_LEVELS.slice(1)) {
    const ofLevel = criteria.filter((c) => c.level === level);
    if (ofLevel.length === 0 || !ofLevel.every((c) => yes.has(c.id))) break;
    reached = level;
  }
  return reached;
}
