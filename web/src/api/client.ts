// The one fetch wrapper of the console: same-origin cookie session, CSRF header on every
// non-GET request, JSON error bodies turned into ApiError, and 401 reported to the app.
import type { ErrorBody, ErrorParams } from './types';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON-encoded unless it is a Blob (sent raw, e.g. a CSV file). */
  body?: unknown;
  contentType?: string;
  /** What the answer may be; JSON unless said (a CSV file). */
  accept?: string;
  signal?: AbortSignal;
  /** A 401 is the expected answer (login, session probe): do not send the user to sign-in. */
  allowUnauthorized?: boolean;
}

/**
 * An error answer from the server (or the network: status 0, code "network"). `message` is the
 * server's English; the console words the error from `reason` and `params` (lib/errorText.ts).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The stable code of what is wrong (ErrorReason); the code itself when the server sent none. */
  readonly reason: string;
  /** The values the message names ({"max": 200}); empty when the server sent none. */
  readonly params: ErrorParams;
  readonly field: string | null;
  /** The whole parsed body: some answers (a rejected import) carry more than the error. */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    {
      field = null,
      body = null,
      reason = code,
      params = {},
    }: { field?: string | null; body?: unknown; reason?: string; params?: ErrorParams } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.reason = reason;
    this.params = params;
    this.field = field;
    this.body = body;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on any 401 not marked allowUnauthorized (the session expired or was revoked). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** The params of an error body, keeping only string and number values. */
function paramsOf(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
  ) as ErrorParams;
}

const FALLBACK_CODES: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  422: 'invalid',
  429: 'rate_limited',
};

/** The JSON of an answer's text; null when there is none or it is not JSON. */
function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The ApiError of an error answer (its JSON error body, else its status alone). */
async function refusal(response: Response, options: RequestOptions): Promise<ApiError> {
  if (response.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
  const parsed = parseJson(await response.text());
  if (isErrorBody(parsed)) {
    const { code, message, field, reason, params } = parsed.error;
    return new ApiError(response.status, String(code), message, {
      field: field ?? null,
      body: parsed,
      reason: reason ? String(reason) : String(code),
      params: paramsOf(params),
    });
  }
  const code = FALLBACK_CODES[response.status] ?? 'internal';
  return new ApiError(
    response.status,
    code,
    `HTTP ${response.status} ${response.statusText}`.trim(),
    { body: parsed },
  );
}

/** Sends the request; answers the response when it is a success, else throws its ApiError. */
async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (typeof Blob !== 'undefined' && options.body instanceof Blob) {
      body = options.body;
      headers['Content-Type'] =
        options.contentType ?? (options.body.type || 'application/octet-stream');
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = options.contentType ?? 'application/json';
    }
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await refusal(response, options);
  return response;
}

export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return parseJson(await response.text()) as T;
}

/** A file the server writes (a CSV export): its bytes as sent, and the name it gives, if any. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/**
 * Reads a file with GET (the session cookie goes with it), so that a refusal is an ApiError to
 * word, not an error page saved as the file. The bytes are kept as they are (a Shift_JIS CSV
 * stays Shift_JIS).
 */
export async function download(
  path: string,
  query: Record<string, QueryValue>,
  accept: string,
): Promise<DownloadedFile> {
  const response = await send('GET', path, { query, accept: `${accept}, application/json` });
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition')),
  };
}

/** The file name a Content-Disposition gives (RFC 6266: filename*, else filename); else null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*[\w-]+'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: (path: string) => request<void>('DELETE', path),
};
