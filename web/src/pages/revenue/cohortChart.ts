// The cohort heatmap's echarts option: a row per cohort (oldest on top), a column per period
// since the cohort's start, each cell the share retained — revenue or logos, as the answer's
// measure says — coloured from red (little left) through white (all) to green (grown).
import type { EChartsCoreOption } from 'echarts/core';
import type { CohortReport } from '../../api';
import { CHART_AXIS } from '../../components/EChart';
import type { Translate } from '../../lib/errorText';
import { formatRate } from '../../lib/portfolio';

/** The cells [period, cohort row, percent] that have a value. */
export function cohortCells(report: CohortReport): [number, number, number][] {
  const cells: [number, number, number][] = [];
  report.data.forEach((row, y) =>
    row.retention.forEach((value, x) => {
      if (value !== null && value !== undefined) cells.push([x, y, Math.round(value * 1000) / 10]);
    }),
  );
  return cells;
}

/** The chart's height: enough for a readable row per cohort. */
export function cohortChartHeight(report: CohortReport): number {
  return Math.max(200, 64 + report.data.length * 24);
}

export function cohortHeatmapOption(
  report: CohortReport,
  lang: string,
  t: Translate,
): EChartsCoreOption {
  const periods = Math.max(0, ...report.data.map((row) => row.retention.length));
  const cells = cohortCells(report);
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 44, containLabel: true },
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => {
        const [x, y, value] = p.value;
        const row = report.data[y]!;
        return `${row.cohort} · ${t(`revenuePage.cohorts.after.${report.by}`, { count: x })}: ${formatRate(value / 100, lang)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: periods }, (_, k) => String(k)),
      name: t(`revenuePage.cohorts.axis.${report.by}`),
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: CHART_AXIS.label,
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: CHART_AXIS.label,
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: report.data.map((row) => row.cohort),
      axisLine: CHART_AXIS.line,
      axisTick: { show: false },
      axisLabel: CHART_AXIS.label,
    },
    // 100 % is white, the middle of the scale; less shades to red, more to green (±50 points).
    visualMap: {
      show: false,
      min: 50,
      max: 150,
      dimension: 2,
      inRange: { color: ['#ef4444', '#fecaca', '#ffffff', '#bbf7d0', '#16a34a'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: {
          show: periods <= 16,
          fontSize: 10,
          color: '#3f3f46',
          formatter: (p: { value: [number, number, number] }) => `${Math.round(p.value[2])}`,
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
      },
    ],
  };
}
