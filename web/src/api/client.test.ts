import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, onUnauthorized, request, setCsrfToken } from './client';

type FetchArgs = [string, RequestInit];

function mockFetch(status: number, body: unknown, contentType = 'application/json') {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const fn = vi.fn(
    async (..._args: FetchArgs) =>
      new Response(status === 204 ? null : text, {
        status,
        headers: { 'Content-Type': contentType },
      }),
  );
  vi.stubGlobal('fetch', fn);
  return fn;
}

function headersOf(fn: ReturnType<typeof mockFetch>, call = 0): Record<string, string> {
  return (fn.mock.calls[call]![1].headers ?? {}) as Record<string, string>;
}

describe('API client', () => {
  beforeEach(() => {
    setCsrfToken('tok-123');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    onUnauthorized(null);
  });

  it('sends the CSRF token on non-GET requests, with the same-origin cookie', async () => {
    const fetch = mockFetch(200, { ok: true });
    await request('POST', '/api/v1/accounts', { body: { name: 'ばんそう' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/accounts');
    expect(init.credentials).toBe('same-origin');
    expect(init.method).toBe('POST');
    expect(headersOf(fetch)['X-CSRF-Token']).toBe('tok-123');
    expect(headersOf(fetch)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"name":"ばんそう"}');
  });

  it('sends the CSRF token on PATCH and DELETE too', async () => {
    const fetch = mockFetch(204, undefined);
    await request('PATCH', '/api/v1/accounts/1', { body: { version: 2 } });
    await request('DELETE', '/api/v1/accounts/1');
    expect(headersOf(fetch, 0)['X-CSRF-Token']).toBe('tok-123');
    expect(headersOf(fetch, 1)['X-CSRF-Token']).toBe('tok-123');
  });

  it('does not send the CSRF token on GET, but still the cookie', async () => {
    const fetch = mockFetch(200, { data: [] });
    await request('GET', '/api/v1/accounts', {
      query: { q: '伴走', owner_id: 3, tier: undefined, cursor: null },
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/accounts?q=%E4%BC%B4%E8%B5%B0&owner_id=3');
    expect(init.credentials).toBe('same-origin');
    expect(headersOf(fetch)['X-CSRF-Token']).toBeUndefined();
  });

  it('sends a file as raw bytes with its content type', async () => {
    const fetch = mockFetch(200, { total_rows: 0 });
    const file = new Blob(['取引先名\n'], { type: 'application/vnd.ms-excel' });
    await request('POST', '/api/v1/imports/accounts', { body: file, contentType: 'text/csv' });
    expect(fetch.mock.calls[0]![1].body).toBe(file);
    expect(headersOf(fetch)['Content-Type']).toBe('text/csv');
  });

  it('turns an error body into an ApiError with the server message, code and field', async () => {
    mockFetch(409, {
      error: { code: 'conflict', message: '他のユーザーが先に更新しました。', field: 'version' },
    });
    const error = await request('PATCH', '/api/v1/accounts/1', { body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      message: '他のユーザーが先に更新しました。',
      field: 'version',
    });
  });

  it('keeps the reason and params of an error body, to word it in the user’s language', async () => {
    mockFetch(400, {
      error: {
        code: 'invalid',
        reason: 'too_long',
        params: { max: 200 },
        message: 'must be at most 200 characters',
        field: 'name',
      },
    });
    const error = await request('POST', '/api/v1/accounts', { body: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid',
      reason: 'too_long',
      params: { max: 200 },
      message: 'must be at most 200 characters',
      field: 'name',
    });
  });

  it('takes the code as the reason, and no params, when the body has none', async () => {
    mockFetch(409, {
      error: { code: 'conflict', message: 'the record was changed', field: 'version' },
    });
    const error = await request('PATCH', '/api/v1/accounts/1', { body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'conflict', reason: 'conflict', params: {} });
  });

  it('keeps the whole body of an error answer (a rejected import carries its report)', async () => {
    const body = {
      kind: 'accounts',
      rejected: [
        { line: 3, field: 'name', message: 'is required', reason: 'required', params: {} },
      ],
      error: { code: 'invalid', message: '1 row rejected', field: null },
    };
    mockFetch(422, body);
    const error = (await request('POST', '/api/v1/imports/accounts').catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.code).toBe('invalid');
    expect(error.body).toEqual(body);
  });

  it('survives an error answer that is not JSON', async () => {
    mockFetch(502, '<html>Bad gateway</html>', 'text/html');
    const error = (await request('GET', '/api/v1/users').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.code).toBe('internal');
    expect(error.reason).toBe('internal');
    expect(error.message).toContain('502');
  });

  it('reports a 401 to the app (to go to sign-in), unless the caller expects it', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    mockFetch(401, { error: { code: 'unauthorized', message: 'session expired', field: null } });
    await expect(request('GET', '/api/v1/accounts')).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(
      request('POST', '/api/v1/auth/login', { body: {}, allowUnauthorized: true }),
    ).rejects.toMatchObject({
      message: 'session expired',
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request('GET', '/api/v1/users')).rejects.toMatchObject({
      status: 0,
      code: 'network',
      reason: 'network',
      message: 'Failed to fetch',
    });
  });

  it('answers undefined for 204', async () => {
    mockFetch(204, undefined);
    await expect(request('POST', '/api/v1/auth/logout')).resolves.toBeUndefined();
  });

  it('leaves empty query values out', () => {
    expect(buildUrl('/x', { a: '', b: null, c: undefined, d: 0, e: false })).toBe('/x?d=0&e=false');
    expect(buildUrl('/x')).toBe('/x');
  });
});
