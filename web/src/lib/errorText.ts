// The text of an error in the user's language. The server's messages are English; each error
// also carries a stable reason and the values its message names ({"reason": "too_long",
// "params": {"max": 200}}), and the catalogues word it:
//   errors.form.<reason>.<params>  the wording for exactly those params, named in sorted order
//                                  and joined by "+" (not_one_of.choices+last);
//   errors.reason.<reason>         otherwise; it names only the params every form of the reason
//                                  carries (i18n/errorReasons.test.ts holds both to
//                                  src/core/error_reason.cpp).
// A reason that is only its HTTP code (invalid, not_found, …: the message had no listed form)
// is worded as the code, followed by the server's English message, so nothing is lost.
import { ApiError, ERROR_CODES, type ErrorParams } from '../api';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const GENERIC_REASONS: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * What to show for an error: an ApiError worded from the catalogue, another Error's own message,
 * else the fallback (common.error).
 */
export function errorText(error: unknown, t: Translate, fallback?: string): string {
  if (error instanceof ApiError) return apiErrorText(error, t);
  if (error instanceof Error && error.message) return error.message;
  return fallback ?? t('common.error');
}

/** A rejected import row's reason, worded as an error answer with the same reason would be. */
export function rejectedRowText(
  row: { message: string; reason: string; params: ErrorParams },
  t: Translate,
): string {
  const error = new ApiError(422, 'invalid', row.message, {
    reason: row.reason,
    params: row.params,
  });
  return apiErrorText(error, t);
}

function apiErrorText(error: ApiError, t: Translate): string {
  if (error.status === 0) return t('errors.network');
  const params = wordedParams(error.params, t);
  // The params go in `replace`, apart from i18next's options; a count also picks the plural form.
  const count = typeof params.count === 'number' ? { count: params.count } : {};
  const worded = (key: string) => t(key, { replace: params, ...count, defaultValue: '' });
  const names = Object.keys(params).sort().join('+');
  const form = names ? worded(`errors.form.${error.reason}.${names}`) : '';
  if (form) return form;
  const reason = worded(`errors.reason.${error.reason}`);
  if (reason && !GENERIC_REASONS.has(error.reason)) return reason;
  // Only the HTTP code is known (or a reason this console does not know yet): say which kind of
  // error, then what the server said.
  const summary = reason || worded(`errors.reason.${error.code}`) || t('common.error');
  return error.message ? t('errors.withDetail', { summary, detail: error.message }) : summary;
}

/**
 * The params as the catalogue entries use them: empty ones left out, a leading "; " or ": " of
 * a detail dropped, names the console has words for (entities, roles, fields) in the user's
 * language, and a list of choices ("a, b or c") joined the language's way.
 */
function wordedParams(params: ErrorParams, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') {
      out[name] = value;
      continue;
    }
    const text = value.replace(/^[\s;:,]+/, '').trim();
    if (text) out[name] = wordedParam(name, text, t);
  }
  return out;
}

function wordedParam(name: string, text: string, t: Translate): string {
  // A plain name ("account", "journey stage", "starts_on") may have a label; anything else is shown as sent.
  const label = (prefix: string) =>
    /^[\w -]+$/.test(text) ? t(`${prefix}.${text}`, { defaultValue: text }) : text;
  switch (name) {
    case 'entity':
      return label('errors.entity');
    case 'role':
      return label('enum.userRole');
    case 'field':
    case 'other':
      return label('fieldName');
    case 'choices':
      return text.split(/, | or /).join(t('errors.listSeparator'));
    default:
      return text;
  }
}
