// Recording an NPS or CSAT answer from the NPS tab: the contact, the kind, a score of the
// kind's range, a comment and the day; checked before sending; the tab read again after.
import { afterEach, describe, expect, it } from 'vitest';
import type { Survey } from '../../api';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { contactsFixture, pageOf } from '../../test/editingFixtures';
import { NpsTab } from './NpsTab';
import { SurveyDialog } from './SurveyDialog';
import { surveyDraft, surveyProblems, withKind } from './surveyForm';

let page: Rendered;
afterEach(() => page?.unmount());

const now = () => new Date(2026, 10, 23, 9, 5);
const answered: Survey = {
  id: 88,
  version: 1,
  account_id: 12,
  contact_id: 31,
  contact_name: '田中 一郎',
  kind: 'nps',
  score: 9,
  comment: null,
  responded_at: '2026-11-23T00:05:00Z',
  created_at: '2026-11-23T00:05:00Z',
  updated_at: '2026-11-23T00:05:00Z',
};
const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;

describe('surveyForm', () => {
  it('checks the score against the kind’s range', () => {
    const draft = { ...surveyDraft(now()), contact_id: '31' };
    expect(surveyProblems({ ...draft, score: '10' }, now(), t)).toEqual({});
    expect(surveyProblems({ ...draft, score: '0' }, now(), t)).toEqual({});
    expect(surveyProblems({ ...draft, kind: 'csat', score: '0' }, now(), t).score).toBe(
      'surveyForm.problem.range {"kind":"enum.surveyKind.csat","min":1,"max":5}',
    );
    expect(surveyProblems({ ...draft, score: '11' }, now(), t).score).toContain('"max":10');
    expect(surveyProblems({ ...draft, score: '' }, now(), t).score).toBe(
      'surveyForm.problem.score',
    );
    expect(surveyProblems({ ...draft, score: '5', contact_id: '' }, now(), t).contact_id).toBe(
      'surveyForm.problem.contact',
    );
  });

  it('refuses a day in the future, and keeps a score only where the other kind allows it', () => {
    const draft = { ...surveyDraft(now()), contact_id: '31', score: '4' };
    expect(surveyProblems({ ...draft, day: '2026-11-24' }, now(), t).day).toBe(
      'surveyForm.problem.future',
    );
    expect(withKind({ ...draft, score: '9' }, 'csat')).toEqual({ kind: 'csat', score: '' });
    expect(withKind(draft, 'csat')).toEqual({ kind: 'csat', score: '4' });
  });
});

describe('SurveyDialog', () => {
  it('records an NPS answer: contact, score, comment, today', async () => {
    page = await renderPage(
      <SurveyDialog accountId={12} onSaved={() => {}} onClose={() => {}} now={now} />,
      {
        lang: 'ja',
        answer: (call) => {
          if (call.url.pathname === '/api/v1/contacts') return { body: pageOf(contactsFixture) };
          if (call.method === 'POST') return { status: 201, body: answered };
          return undefined;
        },
      },
    );
    // NPS offers 0 to 10.
    expect(page.container.querySelectorAll('[role="radio"]')).toHaveLength(11);
    await click(page.byTestId('survey-dialog-save'));
    expect(page.byTestId('survey-contact-error')!.textContent).toBe(
      '回答した担当者を選んでください。',
    );
    expect(page.byTestId('survey-score-error')!.textContent).toBe('スコアを選んでください。');
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);

    await choose(page.byTestId('survey-contact'), '31');
    await click(page.byTestId('survey-score-9'));
    expect(page.byTestId('survey-score-9')!.getAttribute('aria-checked')).toBe('true');
    await type(page.byTestId('survey-comment'), '使いやすくなった');
    await click(page.byTestId('survey-dialog-save'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toEqual({
      contact_id: 31,
      kind: 'nps',
      score: 9,
      comment: '使いやすくなった',
      responded_at: now().toISOString(),
    });
  });

  it('offers 1 to 5 for CSAT and drops a score CSAT does not have', async () => {
    page = await renderPage(
      <SurveyDialog accountId={12} onSaved={() => {}} onClose={() => {}} now={now} />,
      {
        lang: 'en',
        answer: (call) =>
          call.url.pathname === '/api/v1/contacts' ? { body: pageOf([]) } : undefined,
      },
    );
    expect(page.byTestId('survey-dialog')!.textContent).toContain(
      'This account has no contacts yet',
    );
    await click(page.byTestId('survey-score-8'));
    await choose(page.byTestId('survey-kind'), 'csat');
    expect(page.container.querySelectorAll('[role="radio"]')).toHaveLength(5);
    expect(page.container.querySelector('[aria-checked="true"]')).toBeNull();
  });
});

describe('NpsTab', () => {
  it('records an answer from the tab and reads the answers again', async () => {
    let reads = 0;
    page = await renderPage(<NpsTab accountId={12} />, {
      role: 'csm',
      lang: 'ja',
      answer: (call) => {
        if (call.url.pathname === '/api/v1/surveys' && call.method === 'GET') {
          reads++;
          return { body: pageOf(reads > 1 ? [answered] : []) };
        }
        if (call.url.pathname === '/api/v1/contacts') return { body: pageOf(contactsFixture) };
        if (call.method === 'POST') return { status: 201, body: answered };
        return undefined;
      },
    });
    expect(page.container.textContent).toContain('アンケート回答はまだありません');
    await click(page.byTestId('survey-record'));
    await choose(page.byTestId('survey-contact'), '31');
    await click(page.byTestId('survey-score-9'));
    await click(page.byTestId('survey-dialog-save'));
    expect(page.byTestId('survey-dialog')).toBeNull();
    expect(reads).toBe(2);
    expect(page.byTestId('nps-value')!.textContent).toBe('+100');
  });

  it('offers no recording to a viewer', async () => {
    page = await renderPage(<NpsTab accountId={12} />, {
      role: 'viewer',
      answer: (call) =>
        call.url.pathname === '/api/v1/surveys' ? { body: pageOf([]) } : undefined,
    });
    expect(page.byTestId('survey-record')).toBeNull();
  });
});
