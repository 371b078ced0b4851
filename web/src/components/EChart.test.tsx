// A chart's box says it is loading — while echarts' chunk loads, while there is no data yet, and
// while new data loads — instead of standing empty; `data-ready` turns true once drawn.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, renderPage, type Rendered } from '../test/harness';
import { EChart } from './EChart';

// echarts' chunk, held back until a test lets it in; its chart records what it is given.
let openGate: () => void = () => {};
const gate = new Promise<void>((resolve) => (openGate = resolve));
const drawnOptions: unknown[] = [];
vi.mock('../pages/account/echarts', async () => {
  await gate;
  return {
    init: () => ({
      setOption: (o: unknown) => drawnOptions.push(o),
      resize: () => {},
      dispose: () => {},
    }),
  };
});

let page: Rendered;
afterEach(() => page.unmount());

const option = { series: [{ type: 'line', data: [1, 2] }] };

describe('EChart', () => {
  it('says it is loading until echarts has come and drawn the option', async () => {
    page = await renderPage(<EChart option={option} testId="c" label="Chart" />, {
      answer: () => undefined,
      lang: 'ja',
    });
    expect(page.byTestId('c')!.dataset.ready).toBe('false');
    expect(page.byTestId('c-loading')!.textContent).toBe('グラフを読み込んでいます…');
    expect(page.byTestId('c')!.getAttribute('aria-busy')).toBe('true');
    openGate();
    await flush();
    await flush();
    expect(drawnOptions).toHaveLength(1);
    expect(page.byTestId('c')!.dataset.ready).toBe('true');
    expect(page.byTestId('c-loading')).toBeNull();
    expect(page.byTestId('c')!.getAttribute('aria-busy')).toBeNull();
  });

  it('says it is loading while there is no data yet, or new data is loading', async () => {
    openGate();
    page = await renderPage(<EChart option={null} testId="c" label="Chart" />, {
      answer: () => undefined,
    });
    expect(page.byTestId('c-loading')!.textContent).toBe('Loading the chart…');
    expect(page.byTestId('c')!.dataset.ready).toBe('false');
    page.unmount();
    page = await renderPage(<EChart option={option} testId="c" label="Chart" loading />, {
      answer: () => undefined,
    });
    expect(page.byTestId('c-loading')).not.toBeNull();
    expect(page.byTestId('c')!.dataset.ready).toBe('false');
  });
});
