// Only the echarts parts the console's charts use (NPS trend, event volume, account usage, the
// health trend with its bands as areas, scorecard histograms, the portfolio's retention trend, cohort heatmap and survival curve), registered once; imported lazily
// by the chart components.
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echartsCore from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Called through the namespace: a bare `use` reads to the hooks linter as React's.
echartsCore.use([
  LineChart,
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export const init = echartsCore.init;
