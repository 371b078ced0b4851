// DAU, WAU and MAU per day as three lines; `loading` while another range is read.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageDay } from '../../api';
import { CHART_AXIS, EChart } from '../../components/EChart';
import { dateTimeFormat, formatDate, formatNumber, localeOf } from '../../lib/format';

const SERIES = [
  { key: 'dau', color: '#4f46e5' },
  { key: 'wau', color: '#0ea5e9' },
  { key: 'mau', color: '#a78bfa' },
] as const;

export function UsageChart({ days, loading = false }: { days: UsageDay[]; loading?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(() => {
    const dayLabel = dateTimeFormat(localeOf(lang), {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return {
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      legend: {
        top: 0,
        right: 8,
        icon: 'roundRect',
        itemWidth: 12,
        itemHeight: 4,
        textStyle: { color: '#52525b', fontSize: 12 },
      },
      tooltip: {
        trigger: 'axis',
        formatter: (items: unknown) => {
          const list = items as {
            dataIndex: number;
            seriesName: string;
            value: number;
            color: string;
          }[];
          const day = list[0] ? days[list[0].dataIndex] : undefined;
          if (!day) return '';
          const lines = list.map(
            (item) =>
              `<span style="color:${item.color}">●</span> ${item.seriesName}: <b>${formatNumber(item.value, lang)}</b>`,
          );
          return [
            formatDate(day.date, lang),
            ...lines,
            `${t('usage.events')}: ${formatNumber(day.events, lang)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: days.map((d) => dayLabel.format(new Date(`${d.date}T00:00:00Z`))),
        boundaryGap: false,
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
      series: SERIES.map(({ key, color }) => ({
        name: t(`usage.${key}`),
        type: 'line',
        data: days.map((d) => d[key]),
        showSymbol: false,
        smooth: 0.2,
        lineStyle: { width: key === 'dau' ? 2.5 : 2, color },
        itemStyle: { color },
        ...(key === 'dau'
          ? {
              areaStyle: {
                color: {
                  type: 'linear',
                  x: 0,
                  y: 0,
                  x2: 0,
                  y2: 1,
                  colorStops: [
                    { offset: 0, color: 'rgba(79,70,229,0.16)' },
                    { offset: 1, color: 'rgba(79,70,229,0)' },
                  ],
                },
              },
            }
          : {}),
      })),
    };
  }, [days, lang, t]);
  return (
    <EChart
      option={option}
      testId="usage-chart"
      label={t('usage.chartTitle')}
      className="chart chart-tall"
      loading={loading}
    />
  );
}
