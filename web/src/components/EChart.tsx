// One echarts chart: echarts is loaded on first use (its own chunk), the chart follows the
// option it is given and the window's size, and is disposed with the component. Until the
// chunk is there and the option drawn — or while the chart's data is (re)loading (`loading`,
// or no option yet) — the box says so instead of standing empty.
// `data-ready` turns true once the option is drawn and nothing is loading (the browser tests
// wait for it).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

export const CHART_FONT = '"Hiragino Sans", "Noto Sans JP", system-ui, sans-serif';
export const CHART_AXIS = {
  line: { lineStyle: { color: '#d4d4d8' } },
  label: { color: '#71717a', fontSize: 11 },
  valueLabel: { color: '#a1a1aa', fontSize: 11 },
  split: { lineStyle: { color: '#f0f0f2' } },
};

export function EChart({
  option,
  testId,
  label,
  className = 'chart',
  loading = false,
}: {
  /** Null while there is nothing to draw yet (the data is loading). */
  option: EChartsCoreOption | null;
  testId: string;
  label: string;
  className?: string;
  /** The chart's data is loading: the last chart (if any) stays, dimmed, under the notice. */
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let disposed = false;
    let instance: EChartsType | null = null;
    const onResize = () => instance?.resize();
    void import('../pages/account/echarts').then(({ init }) => {
      if (disposed || !ref.current) return;
      instance = init(ref.current, undefined, { renderer: 'svg' });
      window.addEventListener('resize', onResize);
      setChart(instance);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart || !option) return;
    // No animation from one range to another: a line morphing between different days reads as data.
    chart.setOption(
      { textStyle: { fontFamily: CHART_FONT }, animationDurationUpdate: 0, ...option },
      { notMerge: true },
    );
    setDrawn(true);
  }, [chart, option]);

  const ready = drawn && !loading && option !== null;
  return (
    <div className={`chart-box ${drawn ? '' : 'chart-box-empty'}`}>
      <div
        ref={ref}
        className={className}
        data-testid={testId}
        data-ready={ready ? 'true' : 'false'}
        role="img"
        aria-label={label}
        aria-busy={ready ? undefined : true}
      />
      {!ready && (
        <div className="chart-loading" role="status" data-testid={`${testId}-loading`}>
          <span className="spinner" aria-hidden="true" />
          <span>{t('common.loadingChart')}</span>
        </div>
      )}
    </div>
  );
}
