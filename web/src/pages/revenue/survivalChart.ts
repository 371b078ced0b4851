// The survival curve's echarts option: the share still a customer after 0, 1, 2… years of
// tenure (Kaplan-Meier), with the accounts at risk each year as bars behind it.
import type { EChartsCoreOption } from 'echarts/core';
import type { Lifetime } from '../../api';
import { CHART_AXIS } from '../../components/EChart';
import type { Translate } from '../../lib/errorText';
import { formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';

export function survivalOption(lifetime: Lifetime, lang: string, t: Translate): EChartsCoreOption {
  const years = lifetime.survival.map((_, i) => t('revenuePage.lifetime.year', { count: i }));
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: CHART_AXIS.label },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { dataIndex: number }[]) => {
        const i = ps[0]?.dataIndex ?? 0;
        return `${years[i]}<br/>${t('revenuePage.lifetime.survival')}: ${formatRate(lifetime.survival[i], lang)}<br/>${t('revenuePage.lifetime.atRisk')}: ${formatNumber(lifetime.at_risk[i] ?? 0, lang)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: years,
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: CHART_AXIS.label,
    },
    yAxis: [
      {
        type: 'value',
        min: 0,
        max: 100,
        splitLine: CHART_AXIS.split,
        axisLabel: { ...CHART_AXIS.valueLabel, formatter: '{value}%' },
      },
      {
        type: 'value',
        minInterval: 1,
        splitLine: { show: false },
        axisLabel: CHART_AXIS.valueLabel,
      },
    ],
    series: [
      {
        name: t('revenuePage.lifetime.atRisk'),
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 36,
        itemStyle: { color: '#e0e7ff', borderRadius: [3, 3, 0, 0] },
        data: lifetime.at_risk,
      },
      {
        name: t('revenuePage.lifetime.survival'),
        type: 'line',
        step: 'end',
        symbolSize: 6,
        itemStyle: { color: '#4f46e5' },
        lineStyle: { width: 2 },
        data: lifetime.survival.map((s) => Math.round(s * 1000) / 10),
      },
    ],
  };
}
