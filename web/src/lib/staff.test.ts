// Staff management on the client: the password form's checks, the add-staff form, what a
// profile save sends, the sign-in lock, token states, the list's order and generated passwords.
import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../api/types';
import {
  generatePassword,
  isSignInLocked,
  looksLikeEmail,
  newStaffInput,
  newStaffProblems,
  orderStaff,
  PASSWORD_ALPHABET,
  passwordLength,
  passwordProblems,
  profileDraftOf,
  profilePatch,
  tokenState,
  type NewStaffDraft,
} from './staff';

const NOW = new Date('2026-11-23T10:00:00.000Z');

const sato: StaffUser = {
  id: 2,
  email: 'sato@banso.example',
  name: '佐藤 花子',
  role: 'csm',
  language: 'ja',
  disabled: false,
  version: 4,
  created_at: '2026-01-05T00:00:00.000Z',
  last_sign_in_at: '2026-11-22T09:00:00.000Z',
  sign_in_blocked_until: null,
};

describe('the password form', () => {
  it('asks for a password of at least 12 characters, then the same again', () => {
    expect(passwordProblems('', '')).toEqual({ password: 'required' });
    expect(passwordProblems('short-pass1', 'short-pass1')).toEqual({ password: 'tooShort' }); // 11
    expect(passwordProblems('long-enough1', '')).toEqual({ confirmation: 'required' }); // 12
    expect(passwordProblems('long-enough1', 'long-enough2')).toEqual({ confirmation: 'mismatch' });
    expect(passwordProblems('long-enough1', 'long-enough1')).toEqual({});
  });

  it('counts characters as people do, and keeps spaces as typed', () => {
    expect(passwordLength('伴走伴走伴走伴走伴走伴走')).toBe(12);
    expect(passwordLength('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe(11);
    expect(passwordProblems('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', '')).toEqual({ password: 'tooShort' });
    expect(passwordProblems(' twelve chars', 'twelve chars')).toEqual({ confirmation: 'mismatch' });
  });
});

describe('the add-staff form', () => {
  const draft: NewStaffDraft = {
    email: ' kimura@banso.example ',
    name: ' 木村 葵 ',
    role: 'csm',
    language: 'ja',
    password: 'Kq7mXv2pLr9sTw4z',
    confirmation: 'Kq7mXv2pLr9sTw4z',
  };

  it('names every field that is missing or wrong', () => {
    expect(newStaffProblems(draft)).toEqual({});
    expect(
      newStaffProblems({ ...draft, email: '', name: '  ', password: '', confirmation: '' }),
    ).toEqual({ email: 'required', name: 'required', password: 'required' });
    expect(
      newStaffProblems({ ...draft, email: 'kimura.banso.example', confirmation: 'x' }),
    ).toEqual({ email: 'email', confirmation: 'mismatch' });
  });

  it('knows an email address from other text', () => {
    expect(looksLikeEmail('kimura@banso.example')).toBe(true);
    expect(looksLikeEmail('木村@例え.jp')).toBe(true);
    expect(looksLikeEmail('kimura@')).toBe(false);
    expect(looksLikeEmail('ki mura@banso.example')).toBe(false);
    expect(looksLikeEmail('a@b@c')).toBe(false);
  });

  it('sends the email and name trimmed, the password as typed, and no confirmation', () => {
    expect(
      newStaffInput({ ...draft, password: ' pass phrase ', confirmation: ' pass phrase ' }),
    ).toEqual({
      email: 'kimura@banso.example',
      name: '木村 葵',
      role: 'csm',
      language: 'ja',
      password: ' pass phrase ',
    });
  });
});

describe('saving a profile', () => {
  it('sends the version read and only what changed', () => {
    const draft = profileDraftOf(sato);
    expect(profilePatch(sato, draft)).toBeNull();
    expect(profilePatch(sato, { ...draft, name: ' 佐藤 花子 ' })).toBeNull();
    expect(profilePatch(sato, { ...draft, role: 'marketer' })).toEqual({
      version: 4,
      role: 'marketer',
    });
    expect(profilePatch(sato, { name: '佐藤 はなこ', role: 'csm', language: 'en' })).toEqual({
      version: 4,
      name: '佐藤 はなこ',
      language: 'en',
    });
  });
});

describe('the sign-in lock', () => {
  it('holds while sign_in_blocked_until is ahead', () => {
    expect(isSignInLocked(sato, NOW)).toBe(false);
    expect(isSignInLocked({ sign_in_blocked_until: '2026-11-23T10:05:00.000Z' }, NOW)).toBe(true);
    expect(isSignInLocked({ sign_in_blocked_until: '2026-11-23T10:00:00.000Z' }, NOW)).toBe(false);
    expect(isSignInLocked({ sign_in_blocked_until: '2026-11-23T09:59:00.000Z' }, NOW)).toBe(false);
    expect(isSignInLocked({ sign_in_blocked_until: 'soon' }, NOW)).toBe(false);
  });
});

describe('token states', () => {
  it('revoked before expired before active', () => {
    expect(tokenState({ revoked_at: null, expires_at: null }, NOW)).toBe('active');
    expect(tokenState({ revoked_at: null, expires_at: '2027-01-01T00:00:00.000Z' }, NOW)).toBe(
      'active',
    );
    expect(tokenState({ revoked_at: null, expires_at: '2026-11-01T00:00:00.000Z' }, NOW)).toBe(
      'expired',
    );
    expect(
      tokenState(
        { revoked_at: '2026-11-02T00:00:00.000Z', expires_at: '2026-11-01T00:00:00.000Z' },
        NOW,
      ),
    ).toBe('revoked');
  });
});

describe('the list', () => {
  it('puts disabled users last, keeping the server’s order otherwise', () => {
    const users = [
      { id: 1, disabled: false },
      { id: 2, disabled: true },
      { id: 3, disabled: false },
      { id: 4, disabled: true },
    ];
    expect(orderStaff(users).map((u) => u.id)).toEqual([1, 3, 2, 4]);
  });
});

describe('generated passwords', () => {
  it('are 20 characters of the alphabet, with a small letter, a capital and a digit', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(20);
      expect([...password].every((c) => PASSWORD_ALPHABET.includes(c))).toBe(true);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      expect(passwordProblems(password, password)).toEqual({});
    }
    expect(generatePassword()).not.toBe(generatePassword());
  });

  it('draw bytes again past the last whole multiple of the alphabet, and retry without every kind', () => {
    const size = PASSWORD_ALPHABET.length; // 57: bytes 228..255 would favour the first 28 characters
    const limit = 256 - (256 % size);
    const draws = [
      // Only small letters: refused as a whole.
      Array.from({ length: 8 }, (_, i) => i),
      // Bytes at or over the limit are skipped; then a small letter, a capital, a digit, more.
      [limit, 255, 0, 25, size - 1, 1, 2, 3, 4, 5],
    ];
    let call = 0;
    const fill = (bytes: Uint8Array) => {
      const values = draws[Math.min(call++, draws.length - 1)]!;
      bytes.set(values.slice(0, bytes.length));
      return bytes;
    };
    const password = generatePassword(8, fill);
    expect(password).toBe(
      `${PASSWORD_ALPHABET[0]}${PASSWORD_ALPHABET[25]}${PASSWORD_ALPHABET[size - 1]}bcdef`,
    );
  });
});
