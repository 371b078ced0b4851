// The level an assessment gives: the highest whose criteria, and those below, are all met.
import { describe, expect, it } from 'vitest';
import { levelReached } from './selfSufficiency';

const criteria = [
  { id: 1, level: 'guided' as const },
  { id: 2, level: 'guided' as const },
  { id: 3, level: 'self_running' as const },
  { id: 4, level: 'advocate' as const },
];

describe('levelReached', () => {
  it('climbs only while every criterion of each level is met', () => {
    expect(levelReached(criteria, [])).toBe('dependent');
    expect(levelReached(criteria, [1])).toBe('dependent');
    expect(levelReached(criteria, [1, 2])).toBe('guided');
    expect(levelReached(criteria, [1, 2, 3])).toBe('self_running');
    expect(levelReached(criteria, [1, 2, 3, 4])).toBe('advocate');
    expect(levelReached(criteria, [3, 4])).toBe('dependent'); // the levels below come first
  });

  it('stops at a level without criteria (ticking nothing reaches nothing)', () => {
    expect(
      levelReached(
        [
          { id: 1, level: 'guided' },
          { id: 4, level: 'advocate' },
        ],
        [1, 4],
      ),
    ).toBe('guided');
  });
});
