// NPS per month as a small line chart (EChart: echarts loads on first use, the box says so).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_AXIS, EChart } from '../../components/EChart';
import { dateTimeFormat, localeOf } from '../../lib/format';
import type { NpsTrendPoint } from '../../lib/nps';

export function NpsTrendChart({ points }: { points: NpsTrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(() => {
    if (points.length === 0) return null;
    // Every month from the first answer to the last, so gaps in time show as gaps in the line.
    const months = monthRange(points[0]!.month, points[points.length - 1]!.month);
    const byMonth = new Map(points.map((p) => [p.month, p]));
    const monthLabel = dateTimeFormat(localeOf(lang), {
      year: '2-digit',
      month: 'short',
      timeZone: 'UTC',
    });
    const labels = months.map((m) => monthLabel.format(new Date(`${m}-01T00:00:00Z`)));
    return {
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: unknown) => {
          const first = (items as { dataIndex: number }[])[0];
          const point = first ? byMonth.get(months[first.dataIndex]!) : undefined;
          if (!point || !first) return '';
          return `${labels[first.dataIndex]}<br/>${t('nps.score')}: <b>${point.nps}</b><br/>${t('nps.responses')}: ${point.responses}`;
        },
      },
      xAxis: {
        type: 'category',
        data: labels,
        boundaryGap: false,
        axisLine: CHART_AXIS.line,
        axisTick: { show: false },
        axisLabel: CHART_AXIS.label,
      },
      yAxis: {
        type: 'value',
        min: -100,
        max: 100,
        interval: 50,
        splitLine: CHART_AXIS.split,
        axisLabel: CHART_AXIS.valueLabel,
      },
      series: [
        {
          type: 'line',
          data: months.map((m) => byMonth.get(m)?.nps ?? null),
          connectNulls: true,
          symbolSize: 7,
          lineStyle: { width: 2.5, color: '#4f46e5' },
          itemStyle: { color: '#4f46e5' },
          areaStyle: {
            color: {
              type: 'linear',
              x: 0,
              y: 0,
              x2: 0,
              y2: 1,
              colorStops: [
                { offset: 0, color: 'rgba(79,70,229,0.18)' },
                { offset: 1, color: 'rgba(79,70,229,0)' },
              ],
            },
            origin: 'start',
          },
          markLine: {
            silent: true,
            symbol: 'none',
            data: [{ yAxis: 0 }],
            lineStyle: { color: '#a1a1aa', type: 'dashed' },
            label: { show: false },
          },
        },
      ],
    };
  }, [points, lang, t]);
  return <EChart option={option} testId="nps-trend" label={t('nps.trend')} />;
}

/** `YYYY-MM` months from first to last, both included. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
