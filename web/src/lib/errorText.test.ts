import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import i18n from '../i18n';
import { errorText, rejectedRowText, type Translate } from './errorText';

const ja: Translate = i18n.getFixedT('ja');
const en: Translate = i18n.getFixedT('en');

/** An error as the client makes it from the server's answer. */
function answered(
  status: number,
  code: string,
  reason: string,
  params: Record<string, string | number>,
  message: string,
  field: string | null = null,
) {
  return new ApiError(status, code, message, { field, reason, params });
}

describe('errorText', () => {
  it('words a reason with its params in the user’s language', () => {
    const error = answered(
      400,
      'invalid',
      'too_long',
      { max: 200 },
      'must be at most 200 characters',
      'name',
    );
    expect(errorText(error, ja)).toBe('200 文字以内で入力してください。');
    expect(errorText(error, en)).toBe('Must be at most 200 characters.');
  });

  it('words a form without the optional param apart from the one with it', () => {
    const tooLong = answered(400, 'invalid', 'too_long', {}, 'is too long');
    expect(errorText(tooLong, ja)).toBe('長すぎます。');
    expect(errorText(tooLong, en)).toBe('Is too long.');
  });

  it('joins the choices of not_one_of the language’s way, with and without a last one', () => {
    const oneOf = answered(
      400,
      'invalid',
      'not_one_of',
      { choices: 'high_touch, low_touch or tech_touch' },
      'must be one of high_touch, low_touch or tech_touch',
      'tier',
    );
    expect(errorText(oneOf, ja)).toBe(
      'high_touch、low_touch、tech_touch のいずれかを指定してください。',
    );
    expect(errorText(oneOf, en)).toBe('Must be one of high_touch, low_touch, tech_touch.');

    const withLast = answered(
      400,
      'invalid',
      'not_one_of',
      { choices: 'admin, manager, csm, marketer', last: 'viewer' },
      'must be admin, manager, csm, marketer or viewer',
      'role',
    );
    expect(errorText(withLast, ja)).toBe(
      'admin、manager、csm、marketer、viewer のいずれかを指定してください。',
    );
    expect(errorText(withLast, en)).toBe('Must be admin, manager, csm, marketer or viewer.');
  });

  it('shows a generic reason (the message had no listed form) with the server’s English after it', () => {
    const error = answered(
      400,
      'invalid',
      'invalid',
      {},
      'values must be finite numbers',
      'objectives[1].kpis[0].current',
    );
    expect(errorText(error, ja)).toBe('入力が正しくありません（values must be finite numbers）');
    expect(errorText(error, en)).toBe('Invalid input: values must be finite numbers');
  });

  it('tells a listed not_found (an entity named) from a generic one', () => {
    expect(
      errorText(
        answered(
          404,
          'not_found',
          'not_found',
          { entity: 'account', id: 12 },
          'no account with id 12',
        ),
        ja,
      ),
    ).toBe('顧客（ID 12）が見つかりません。');
    expect(
      errorText(
        answered(
          404,
          'not_found',
          'not_found',
          { entity: 'account', id: 12 },
          'no account with id 12',
        ),
        en,
      ),
    ).toBe('No account with id 12.');
    expect(
      errorText(
        answered(404, 'not_found', 'not_found', {}, 'account 3 has no sales hand-off yet'),
        ja,
      ),
    ).toBe('見つかりません（account 3 has no sales hand-off yet）');
  });

  it('drops the punctuation a detail starts with, and words the detail-less form when it is empty', () => {
    const weak = answered(
      400,
      'invalid',
      'weak_password_dictionary',
      {},
      'is too weak: it is based on a dictionary word',
      'password',
    );
    expect(errorText(weak, ja)).toBe('パスワードが弱すぎます。辞書にある単語をもとにしています。');
    const limited = answered(
      429,
      'rate_limited',
      'rate_limited',
      { detail: '; try again in 30 s' },
      'too many failed sign-ins; try again in 30 s',
    );
    expect(errorText(limited, en)).toBe('Too many failed sign-ins; try again in 30 s.');
    const lastAdmin = answered(
      409,
      'conflict',
      'last_admin',
      { detail: '' },
      'this is the last enabled admin',
      'role',
    );
    expect(errorText(lastAdmin, ja)).toBe(
      '有効な管理者はこのユーザーだけです。先に別のユーザーを管理者にしてください。',
    );
  });

  it('takes the plural form of an entry with a count', () => {
    const inUse = (count: number) =>
      answered(
        409,
        'conflict',
        'in_use',
        { count, value: 'onboarding' },
        `${count} accounts are in stage "onboarding": move them first`,
        'id',
      );
    expect(errorText(inUse(1), en)).toBe('1 account is in stage "onboarding": move it first.');
    expect(errorText(inUse(15), en)).toBe(
      '15 accounts are in stage "onboarding": move them first.',
    );
    expect(errorText(inUse(15), ja)).toBe(
      'ステージ「onboarding」に 15 件の顧客がいます。先にほかのステージへ移動してください。',
    );
  });

  it('names roles and fields in the user’s language', () => {
    expect(
      errorText(
        answered(
          403,
          'forbidden',
          'role_forbidden',
          { role: 'viewer' },
          'the viewer role may not do this',
        ),
        ja,
      ),
    ).toBe('「閲覧者」の権限ではこの操作はできません。');
    expect(
      errorText(
        answered(
          400,
          'invalid',
          'before_other',
          { other: 'starts_on' },
          'is before starts_on',
          'ends_on',
        ),
        ja,
      ),
    ).toBe('「開始日」より前の日付は指定できません。');
  });

  it('words an answer without a reason (an older server, a proxy) by its code', () => {
    expect(errorText(new ApiError(502, 'internal', 'HTTP 502 Bad Gateway'), ja)).toBe(
      'サーバーでエラーが発生しました（HTTP 502 Bad Gateway）',
    );
    expect(errorText(answered(400, 'invalid', 'some_new_reason', { max: 3 }, 'is new'), en)).toBe(
      'Invalid input: is new',
    );
  });

  it('has its own words for a network error', () => {
    const error = new ApiError(0, 'network', 'Failed to fetch');
    expect(errorText(error, ja)).toBe(
      'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。',
    );
    expect(errorText(error, en)).toBe(
      'Could not reach the server. Check the network connection and try again.',
    );
  });

  it('shows another error’s own message, else the fallback', () => {
    expect(errorText(new Error('boom'), en)).toBe('boom');
    expect(errorText('nope', en)).toBe('Something went wrong.');
    expect(errorText(undefined, en, 'Sign-in failed.')).toBe('Sign-in failed.');
  });
});

describe('rejectedRowText', () => {
  it('words a rejected import row by its reason and params, as an error answer', () => {
    const row = {
      message: 'the account has no contact with the email "a@b"',
      reason: 'unknown_contact',
      params: { value: 'a@b' },
    };
    expect(rejectedRowText(row, ja)).toBe(
      'この顧客に「a@b」のメールアドレスの担当者はいません。先に担当者を取り込んでください。',
    );
    expect(rejectedRowText(row, en)).toBe(
      'The account has no contact with the email "a@b": import the contacts first.',
    );
  });

  it('shows the server’s English after a generic reason', () => {
    const row = { message: 'is odd', reason: 'invalid', params: {} };
    expect(rejectedRowText(row, en)).toBe('Invalid input: is odd');
  });
});
