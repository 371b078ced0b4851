// Events per day as bars, every day of the range shown (days without events are zero);
// `loading` while the volume is read (no days yet: nothing drawn).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_AXIS, EChart } from '../../components/EChart';
import { dateTimeFormat, formatDate, formatNumber, localeOf } from '../../lib/format';

export function VolumeChart({
  days,
  loading = false,
}: {
  days: { date: string; count: number }[];
  loading?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(() => {
    if (days.length === 0) return null;
    const dayLabel = dateTimeFormat(localeOf(lang), {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (items: unknown) => {
          const first = (items as { dataIndex: number }[])[0];
          const day = first ? days[first.dataIndex] : undefined;
          if (!day) return '';
          return `${formatDate(day.date, lang)}<br/>${t('events.volume.events')}: <b>${formatNumber(day.count, lang)}</b>`;
        },
      },
      xAxis: {
        type: 'category',
        data: days.map((d) => dayLabel.format(new Date(`${d.date}T00:00:00Z`))),
        axisLine: CHART_AXIS.line,
        axisTick: { show: false },
        axisLabel: CHART_AXIS.label,
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: CHART_AXIS.split,
        axisLabel: { ...CHART_AXIS.valueLabel, formatter: (v: number) => formatNumber(v, lang) },
      },
      series: [
        {
          type: 'bar',
          data: days.map((d) => d.count),
          barMaxWidth: 18,
          itemStyle: { color: '#6366f1', borderRadius: [3, 3, 0, 0] },
          emphasis: { itemStyle: { color: '#4338ca' } },
        },
      ],
    };
  }, [days, lang, t]);
  return (
    <EChart
      option={option}
      testId="volume-chart"
      label={t('events.volume.title')}
      loading={loading}
    />
  );
}
