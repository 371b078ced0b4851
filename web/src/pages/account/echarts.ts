// Only the echarts parts the NPS trend uses, registered once; imported lazily by NpsTrendChart.
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export { init };
