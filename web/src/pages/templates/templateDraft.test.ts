// A template in its editor and back: days as typed, the server's paths for problems, nothing
// but the fields the server takes (no null due_in_days, the usage binding kept).
import { describe, expect, it } from 'vitest';
import { templatesFixture } from '../../test/successFixtures';
import {
  editorPath,
  templateDraft,
  templateInput,
  templatePatch,
  templateProblems,
} from './templateDraft';

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;
const template = templatesFixture[0]!;

describe('templateDraft', () => {
  it('goes back to the same template when nothing is changed', () => {
    const draft = templateDraft(template);
    expect(templateProblems(draft, false, t)).toEqual({});
    expect(templatePatch(template, draft)).toEqual({
      version: 1,
      name: template.name,
      segment: template.segment,
      description: template.description,
      duration_days: 30,
      objectives: template.objectives,
    });
  });

  it('leaves out a due day not given rather than sending null', () => {
    const draft = templateDraft(template);
    draft.objectives[0]!.due = '';
    draft.objectives[0]!.milestones[0]!.due = '';
    const [objective] = templateInput({ ...draft, key: 'copy' }).objectives;
    expect(objective).not.toHaveProperty('due_in_days');
    expect(objective!.milestones![0]).toEqual({ title: '初期設定' });
    expect(objective!.kpis![0]!.usage).toEqual({ measure: 'seat_utilisation', feature: '' });
  });

  it('names each problem by the server’s path', () => {
    const draft = templateDraft(null);
    expect(templateProblems(draft, true, t)).toEqual({
      key: 'templateEditor.problem.key',
      name: 'recordForm.problem.required',
      objectives: 'templateEditor.problem.noObjectives',
    });
    const bad = templateDraft(template);
    bad.duration_days = '0';
    bad.objectives[0]!.title = ' ';
    bad.objectives[0]!.kpis[0]!.target = '0';
    bad.objectives[0]!.milestones[0]!.due = '-3';
    expect(templateProblems(bad, false, t)).toEqual({
      duration_days: 'templateEditor.problem.duration {"max":3650}',
      'objectives[0].title': 'recordForm.problem.required',
      'objectives[0].kpis[0].target': 'planForm.targetEqualsBaseline',
      'objectives[0].milestones[0].due_in_days': 'dueDays.invalid {"max":3650}',
    });
    expect(templateProblems({ ...templateDraft(template), key: 'Bad Key' }, true, t).key).toBe(
      'templateEditor.problem.key',
    );
  });

  it('shows the server’s paths at the editor’s fields', () => {
    expect(editorPath('objectives[1].kpis[0].target')).toBe('objectives[1].kpis[0].target');
    expect(editorPath('objectives[1].milestones[2].due_on')).toBe(
      'objectives[1].milestones[2].due_in_days',
    );
    expect(editorPath('objectives[0].kpis[1].usage.feature')).toBeNull();
  });
});
