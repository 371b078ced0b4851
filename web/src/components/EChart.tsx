// One echarts chart: echarts is loaded on first use (its own chunk), the chart follows the
// option it is given and the window's size, and is disposed with the component.
// `data-ready` turns true once the option is drawn (the browser tests wait for it).
import { useEffect, useRef, useState } from 'react';
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
}: {
  option: EChartsCoreOption;
  testId: string;
  label: string;
  className?: string;
}) {
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
    if (!chart) return;
    // No animation from one range to another: a line morphing between different days reads as data.
    chart.setOption(
      { textStyle: { fontFamily: CHART_FONT }, animationDurationUpdate: 0, ...option },
      { notMerge: true },
    );
    setDrawn(true);
  }, [chart, option]);

  return (
    <div
      ref={ref}
      className={className}
      data-testid={testId}
      data-ready={drawn ? 'true' : 'false'}
      role="img"
      aria-label={label}
    />
  );
}
