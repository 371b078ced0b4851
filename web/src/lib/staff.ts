// Staff management on the client: the checks a password form makes before asking the server
// (which alone judges weak passwords), what a save of a user sends, whether a user's sign-in is
// held back, a token's state, and a strong password to hand to a new colleague.
import type { ApiToken, StaffUser, StaffUserPatch, UserLanguage, UserRole } from '../api/types';

/** The server refuses shorter ones; it also refuses weak ones, which only it can tell. */
export const MIN_PASSWORD_LENGTH = 12;

/** A problem of a form field; its message is the catalogue's `staff.problem.<field>.<problem>`. */
export type PasswordProblem = 'required' | 'tooShort' | 'mismatch';

/** Characters as people count them (a kanji or an emoji is one), as the length rule means. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** What is wrong with a new password and its confirmation, field by field; empty when nothing is. */
export function passwordProblems(
  password: string,
  confirmation: string,
): { password?: PasswordProblem; confirmation?: PasswordProblem } {
  if (password === '') return { password: 'required' };
  if (passwordLength(password) < MIN_PASSWORD_LENGTH) return { password: 'tooShort' };
  if (confirmation !== password)
    return { confirmation: confirmation === '' ? 'required' : 'mismatch' };
  return {};
}

export interface NewStaffDraft {
  email: string;
  name: string;
  role: UserRole;
  language: UserLanguage;
  password: string;
  confirmation: string;
}

export type NewStaffField = 'email' | 'name' | 'password' | 'confirmation';
export type NewStaffProblem = PasswordProblem | 'email';

/** One at-sign with something on each side and no spaces; the server checks the rest. */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(email.trim());
}

/** The add-staff form's problems by field; empty when it may be sent. */
export function newStaffProblems(
  draft: NewStaffDraft,
): Partial<Record<NewStaffField, NewStaffProblem>> {
  const problems: Partial<Record<NewStaffField, NewStaffProblem>> = {};
  if (draft.email.trim() === '') problems.email = 'required';
  else if (!looksLikeEmail(draft.email)) problems.email = 'email';
  if (draft.name.trim() === '') problems.name = 'required';
  return { ...problems, ...passwordProblems(draft.password, draft.confirmation) };
}

/** The body of POST /users: trimmed email and name, the password as typed. */
export function newStaffInput(draft: NewStaffDraft) {
  return {
    email: draft.email.trim(),
    name: draft.name.trim(),
    role: draft.role,
    language: draft.language,
    password: draft.password,
  };
}

export interface ProfileDraft {
  name: string;
  role: UserRole;
  language: UserLanguage;
}

export function profileDraftOf(user: StaffUser): ProfileDraft {
  return { name: user.name, role: user.role, language: user.language };
}

/** What saving the profile sends: the version read and the fields that changed; null when none did. */
export function profilePatch(user: StaffUser, draft: ProfileDraft): StaffUserPatch | null {
  const patch: StaffUserPatch = { version: user.version };
  const name = draft.name.trim();
  if (name !== user.name) patch.name = name;
  if (draft.role !== user.role) patch.role = draft.role;
  if (draft.language !== user.language) patch.language = draft.language;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** Failed sign-ins hold the user's email back until sign_in_blocked_until; a past instant holds nothing. */
export function isSignInLocked(
  user: Pick<StaffUser, 'sign_in_blocked_until'>,
  now: Date = new Date(),
): boolean {
  if (!user.sign_in_blocked_until) return false;
  const until = Date.parse(user.sign_in_blocked_until);
  return !Number.isNaN(until) && until > now.getTime();
}

export const TOKEN_STATES = ['active', 'revoked', 'expired'] as const;
export type TokenState = (typeof TOKEN_STATES)[number];

export function tokenState(
  token: Pick<ApiToken, 'revoked_at' | 'expires_at'>,
  now: Date = new Date(),
): TokenState {
  if (token.revoked_at) return 'revoked';
  if (token.expires_at && Date.parse(token.expires_at) <= now.getTime()) return 'expired';
  return 'active';
}

/** Enabled users first, then disabled ones; otherwise the server's order. */
export function orderStaff<T extends Pick<StaffUser, 'disabled'>>(users: readonly T[]): T[] {
  return [...users.filter((u) => !u.disabled), ...users.filter((u) => u.disabled)];
}

// No look-alikes (0/O, 1/l/I), so that it can be read out or copied by hand.
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
export const PASSWORD_ALPHABET = LOWER + UPPER + DIGITS;

type RandomFill = (bytes: Uint8Array) => Uint8Array;
const cryptoFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/**
 * A random password of `length` characters (about 5.9 bits each: 20 make ~118 bits) with a
 * lower-case letter, a capital and a digit in it. Unbiased: bytes past the last whole multiple
 * of the alphabet's size are drawn again.
 */
export function generatePassword(length = 20, fill: RandomFill = cryptoFill): string {
  const size = PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % size);
  for (;;) {
    let out = '';
    while (out.length < length) {
      for (const byte of fill(new Uint8Array(length * 2))) {
        if (byte < limit && out.length < length) out += PASSWORD_ALPHABET[byte % size];
      }
    }
    if ([LOWER, UPPER, DIGITS].every((set) => [...out].some((c) => set.includes(c)))) return out;
  }
}
