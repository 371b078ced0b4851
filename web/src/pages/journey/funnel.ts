// The funnel's chart: one horizontal bar per stage (reached, with those still there beside it),
// coloured by moment of truth, labelled with the conversion from the stage before.
import type { FunnelStage, Moment } from '../../api';
import { formatPercent, stageName } from '../../lib/journey';

export const MOMENT_COLOR: Record<Moment, string> = {
  zmot: '#a1a1aa',
  fmot: '#8b5cf6',
  smot: '#3b82f6',
  tmot: '#14b8a6',
  churned: '#ef4444',
};

export function funnelChartOption(
  stages: FunnelStage[],
  options: { lang: string; reached: string; current: string; conversion: string },
) {
  const { lang } = options;
  const names = stages.map((s) => stageName(s, lang));
  return {
    grid: { left: 8, right: 80, top: 28, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      right: 8,
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: '#52525b', fontSize: 12 },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: unknown) => {
        const list = items as { dataIndex: number }[];
        const stage = list[0] ? stages[list[0].dataIndex] : undefined;
        if (!stage) return '';
        return [
          `<b>${names[list[0]!.dataIndex]}</b>`,
          `${options.reached}: ${stage.reached}`,
          `${options.current}: ${stage.current}`,
          `${options.conversion}: ${formatPercent(stage.conversion, lang)}`,
        ].join('<br/>');
      },
    },
    // The journey reads top to bottom.
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: '#3f3f46', fontSize: 12 },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: '#f0f0f2' } },
      axisLabel: { color: '#a1a1aa', fontSize: 11 },
    },
    series: [
      {
        name: options.reached,
        type: 'bar',
        // The legend's swatches (each bar has its moment's colour).
        itemStyle: { color: '#c7d2fe' },
        barGap: '-100%',
        barCategoryGap: '35%',
        data: stages.map((s) => ({
          value: s.reached,
          itemStyle: {
            color: MOMENT_COLOR[s.moment] ?? '#a1a1aa',
            opacity: 0.35,
            borderRadius: [0, 4, 4, 0],
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: '#52525b',
          fontSize: 11,
          formatter: (p: { dataIndex: number; value: number }) => {
            const conversion = stages[p.dataIndex]?.conversion ?? null;
            return conversion === null
              ? String(p.value)
              : `${p.value} · ${formatPercent(conversion, lang)}`;
          },
        },
      },
      {
        name: options.current,
        type: 'bar',
        itemStyle: { color: '#4f46e5' },
        data: stages.map((s) => ({
          value: s.current,
          itemStyle: { color: MOMENT_COLOR[s.moment] ?? '#a1a1aa', borderRadius: [0, 4, 4, 0] },
        })),
      },
    ],
  };
}
