// A cohort report as a heatmap (pages/revenue/cohortChart.ts), with what its cells mean.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortReport } from '../../api';
import { EChart } from '../../components/EChart';
import { Empty } from '../../components/States';
import { cohortChartHeight, cohortHeatmapOption } from './cohortChart';

export function CohortHeatmap({
  report,
  loading,
  testId = 'cohort-heatmap',
}: {
  report: CohortReport | undefined;
  loading: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(
    () => (report ? cohortHeatmapOption(report, lang, t) : null),
    [report, lang, t],
  );
  if (report && report.data.length === 0)
    return <Empty icon="barChart" title={t('revenuePage.cohorts.empty')} />;
  return (
    <div style={{ height: report ? cohortChartHeight(report) : 240 }} className="cohort-heatmap">
      <EChart
        option={option}
        loading={loading}
        testId={testId}
        label={t(`revenuePage.cohorts.chartLabel.${report?.measure ?? 'revenue'}`)}
        className="chart chart-fill"
      />
    </div>
  );
}
