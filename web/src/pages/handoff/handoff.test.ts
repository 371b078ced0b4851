// The hand-off form's and the rule form's pure parts: what a save sends and where the server's
// field paths point once blank rows have been left out.
import { describe, expect, it } from 'vitest';
import { handoffFixture } from '../../test/journeyFixtures';
import { ruleProblemKey } from '../journey/rules';
import {
  emptyHandoffDraft,
  handoffDraftOf,
  handoffInput,
  handoffPatch,
  handoffProblemKey,
  newOutcome,
  newStakeholder,
  pickContact,
} from './handoff';
import { icpProblemKey } from './icp';

describe('hand-off drafts', () => {
  it('leaves blank rows out and maps the server’s indices back to the rows on screen', () => {
    const draft = emptyHandoffDraft();
    draft.why_bought = ' 理由 ';
    draft.outcomes = [newOutcome(''), newOutcome('成果 A'), newOutcome('  '), newOutcome('成果 B')];
    const first = { ...newStakeholder(), name: '' };
    const second = { ...newStakeholder(), name: '高橋', note: ' 推進役 ' };
    draft.stakeholders = [first, second];
    draft.seed_plan = false;
    expect(handoffInput(draft)).toEqual({
      why_bought: '理由',
      expected_outcomes: ['成果 A', '成果 B'],
      stakeholders: [{ contact_id: null, name: '高橋', role: 'user', note: '推進役' }],
    });
    expect(handoffProblemKey('expected_outcomes[1]', draft)).toBe(
      `outcome:${draft.outcomes[3]!.key}`,
    );
    expect(handoffProblemKey('stakeholders[0].role', draft)).toBe(`stakeholder:${second.key}.role`);
    expect(handoffProblemKey('stakeholders[5].name', draft)).toBe('stakeholders');
    expect(handoffProblemKey('seed_plan.template_key', draft)).toBe('template_key');
    expect(handoffProblemKey('version', draft)).toBeNull();
  });

  it('asks for a plan without a template as an empty seed_plan', () => {
    const draft = emptyHandoffDraft();
    draft.why_bought = 'x';
    expect(handoffInput(draft).seed_plan).toEqual({});
  });

  it('edits the whole hand-off with its version, an emptied sales owner included', () => {
    const draft = handoffDraftOf(handoffFixture());
    draft.sales_owner = '';
    expect(handoffPatch(draft, 2)).toEqual({
      version: 2,
      why_bought: handoffFixture().why_bought,
      expected_outcomes: handoffFixture().expected_outcomes,
      stakeholders: handoffFixture().stakeholders,
      sales_owner: '',
    });
  });

  it('takes a picked contact’s name and, when it maps, its role', () => {
    const row = { ...newStakeholder(), role: 'other' as const };
    const contact = { id: 3, name: '伊藤 さくら', role: 'decision_maker' } as Parameters<
      typeof pickContact
    >[1];
    expect(pickContact(row, contact)).toMatchObject({
      contact_id: 3,
      name: '伊藤 さくら',
      role: 'decision_maker',
    });
    expect(pickContact({ ...row, contact_id: 3, name: '伊藤 さくら' }, null)).toMatchObject({
      contact_id: null,
      name: '伊藤 さくら',
    });
  });
});

describe('server field paths', () => {
  it('for rules and ICP criteria', () => {
    expect(ruleProblemKey('conditions[0].field')).toBe('conditions[0].field');
    expect(ruleProblemKey('from_stages[2]')).toBe('from_stages');
    expect(ruleProblemKey('to_stage')).toBe('to_stage');
    expect(ruleProblemKey('version')).toBeNull();
    expect(icpProblemKey('values[1]')).toBe('values');
    expect(icpProblemKey('weight')).toBe('weight');
    expect(icpProblemKey(null)).toBeNull();
  });
});
