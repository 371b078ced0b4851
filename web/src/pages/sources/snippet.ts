// What an integrator pastes to send events here with @segment/analytics-node: its `host` is
// this server (the Segment tracking API is served at /v1/batch, where analytics-node posts).
export function analyticsNodeSnippet(writeKey: string, origin: string): string {
  return [
    "import { Analytics } from '@segment/analytics-node';",
    '',
    `const analytics = new Analytics({ writeKey: '${writeKey}', host: '${origin}' });`,
    '',
    "analytics.track({ userId: 'u1', event: 'report_exported', properties: { format: 'csv' } });",
    'await analytics.closeAndFlush();',
  ].join('\n');
}
