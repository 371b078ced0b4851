// KPI values are checked against their unit where they are typed: the add form (baseline,
// target, current) and the current value in the row. No −999999 people, no 120 %.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kpi } from '../../api';
import { click, renderPage, type, type Rendered } from '../../test/harness';
import { KpiRow } from './KpiRow';
import { AddKpiForm } from './PlanItemForms';

let page: Rendered;
afterEach(() => page.unmount());
const text = (id: string) => page.byTestId(id)?.textContent ?? '';

describe('the KPI form', () => {
  it('wants whole people, 0–1000 %, and adds a KPI whose values fit its unit', async () => {
    const onAdd = vi.fn();
    page = await renderPage(<AddKpiForm onAdd={onAdd} onCancel={() => {}} />, {
      answer: () => undefined,
    });
    await type(page.byTestId('kpi-form-name'), '週次アクティブユーザー');
    await type(page.byTestId('kpi-form-unit'), '人');
    await type(page.byTestId('kpi-form-baseline'), '-999999');
    await type(page.byTestId('kpi-form-target'), '12.5');
    await click(page.byTestId('kpi-form-submit'));
    expect(text('kpi-form-baseline-error')).toBe('Enter a whole number, 0 or more.');
    expect(text('kpi-form-target-error')).toBe('Enter a whole number, 0 or more.');
    expect(onAdd).not.toHaveBeenCalled();

    await type(page.byTestId('kpi-form-unit'), '％');
    await type(page.byTestId('kpi-form-baseline'), '0');
    await type(page.byTestId('kpi-form-target'), '1200');
    await click(page.byTestId('kpi-form-submit'));
    expect(text('kpi-form-target-error')).toBe('Enter a percentage from 0 to 1000.');
    expect(text('kpi-form-baseline-error')).toBe('');

    await type(page.byTestId('kpi-form-target'), '120'); // NRR 120%
    await click(page.byTestId('kpi-form-submit'));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ unit: '％', baseline: 0, target: 120, current: null }),
    );
  });

  it('words the problem in Japanese', async () => {
    page = await renderPage(<AddKpiForm onAdd={() => {}} onCancel={() => {}} />, {
      answer: () => undefined,
      lang: 'ja',
    });
    await type(page.byTestId('kpi-form-name'), '年間の削減額');
    await type(page.byTestId('kpi-form-unit'), '円');
    await type(page.byTestId('kpi-form-baseline'), '-1');
    await type(page.byTestId('kpi-form-target'), '500000');
    await click(page.byTestId('kpi-form-submit'));
    expect(text('kpi-form-baseline-error')).toBe('0 以上の金額を入力してください。');
  });
});

describe('the current value in a KPI row', () => {
  const kpi: Kpi = {
    id: 'k1',
    name: '週次アクティブユーザー',
    unit: '人',
    baseline: 0,
    target: 25,
    current: 3,
    due_on: null,
    usage: null,
  };

  it('takes a value that fits the unit, and says what is wrong with one that does not', async () => {
    const onChange = vi.fn();
    page = await renderPage(
      <table>
        <tbody>
          <KpiRow
            kpi={kpi}
            path="objectives[0].kpis[0]"
            canEdit
            errorAt={() => undefined}
            onChange={onChange}
            onRemove={() => {}}
          />
        </tbody>
      </table>,
      { answer: () => undefined },
    );
    expect(page.byTestId('kpi-current-error')).toBeNull();
    await type(page.byTestId('kpi-current'), '-999999');
    expect(text('kpi-current-error')).toBe('Enter a whole number, 0 or more.');
    expect(page.byTestId('kpi-current')!.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    await type(page.byTestId('kpi-current'), '7');
    expect(page.byTestId('kpi-current-error')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith({ ...kpi, current: 7 });
  });
});
