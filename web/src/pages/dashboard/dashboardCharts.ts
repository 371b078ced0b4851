// The echarts options of the dashboard's charts, built from the answer alone (no clock, no DOM),
// so that tests can read what each chart draws.
import type { EChartsCoreOption } from 'echarts/core';
import type { Dashboard } from '../../api';
import { CHART_AXIS } from '../../components/EChart';
import type { Translate } from '../../lib/errorText';
import { formatMoney, formatMonth } from '../../lib/format';
import { BAND_COLOR } from '../../lib/health';
import { formatRate } from '../../lib/portfolio';

export const NO_BAND_COLOR = '#d4d4d8';
const NRR_COLOR = '#4f46e5';
const GRR_COLOR = '#0d9488';
const LOGO_COLOR = '#a1a1aa';

/** The ARR of each band, red first (what needs a look first), unscored last. */
export function healthBandsOption(
  bands: Dashboard['health']['bands'],
  currency: string,
  lang: string,
  t: Translate,
): EChartsCoreOption {
  const order = ['red', 'yellow', 'green', null] as const;
  const rows = order.map(
    (band) => bands.find((b) => b.band === band) ?? { band, accounts: 0, arr: 0 },
  );
  const name = (band: string | null) => (band ? t(`enum.healthBand.${band}`) : t('health.noBand'));
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const row = rows[p.dataIndex]!;
        return `${name(row.band)}: ${formatMoney(row.arr, currency, lang)} · ${t('dashboard.accounts', { count: row.accounts })}`;
      },
    },
    xAxis: {
      type: 'value',
      splitLine: CHART_AXIS.split,
      axisLabel: {
        ...CHART_AXIS.valueLabel,
        formatter: (v: number) => formatMoney(v, currency, lang),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => `${name(r.band)} (${t('dashboard.accounts', { count: r.accounts })})`),
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: CHART_AXIS.label,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: rows.map((r) => ({
          value: r.arr,
          itemStyle: { color: r.band ? BAND_COLOR[r.band] : NO_BAND_COLOR, borderRadius: 3 },
        })),
      },
    ],
  };
}

/** The buckets of ten points ("0–9" … "90–100"), each bar coloured as the default bands read. */
export function histogramOption(histogram: readonly number[], t: Translate): EChartsCoreOption {
  const labels = histogram.map((_, i) =>
    i === histogram.length - 1 ? `${i * 10}–100` : `${i * 10}–${i * 10 + 9}`,
  );
  return {
    grid: { left: 8, right: 12, top: 16, bottom: 30, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { dataIndex: number }[]) => {
        const i = ps[0]?.dataIndex ?? 0;
        return `${labels[i]}: ${t('dashboard.customers', { count: histogram[i] ?? 0 })}`;
      },
    },
    xAxis: {
      type: 'category',
      data: labels,
      name: t('dashboard.chart.score'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: CHART_AXIS.label,
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: CHART_AXIS.label,
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: CHART_AXIS.split,
      axisLabel: CHART_AXIS.valueLabel,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#818cf8', borderRadius: [3, 3, 0, 0] },
        data: [...histogram],
      },
    ],
  };
}

/** NRR, GRR and logo retention of the trailing twelve months ending each month, with 100 % marked. */
export function retentionTrendOption(
  trend: Dashboard['retention']['trend'],
  lang: string,
  t: Translate,
): EChartsCoreOption {
  const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const line = (name: string, color: string, values: (number | null)[], dashed = false) => ({
    name,
    type: 'line',
    data: values.map(percent),
    connectNulls: false,
    symbolSize: 5,
    itemStyle: { color },
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' },
  });
  const series = [
    line(
      t('dashboard.figure.nrr'),
      NRR_COLOR,
      trend.map((p) => p.nrr),
    ),
    line(
      t('dashboard.figure.grr'),
      GRR_COLOR,
      trend.map((p) => p.grr),
    ),
    line(
      t('dashboard.figure.logo_retention'),
      LOGO_COLOR,
      trend.map((p) => p.logo_retention),
      true,
    ),
  ];
  (series[0] as Record<string, unknown>).markLine = {
    silent: true,
    symbol: 'none',
    label: { show: false },
    lineStyle: { color: '#a1a1aa', type: 'dotted' },
    data: [{ yAxis: 100 }],
  };
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, textStyle: CHART_AXIS.label },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : formatRate(v / 100, lang)),
    },
    xAxis: {
      type: 'category',
      data: trend.map((p) => formatMonth(p.month, lang)),
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: { ...CHART_AXIS.label, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      scale: true,
      splitLine: CHART_AXIS.split,
      axisLabel: { ...CHART_AXIS.valueLabel, formatter: '{value}%' },
    },
    series,
  };
}
