import type { ParkFigure } from '@tradewind/contract';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
// The ES module build: the CommonJS one (lib/) reaches Vite as an object, not a component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';

// Only what the chart uses is bundled (no CDN, no canvas fonts): the console's chart works offline from the app's own files.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** Export value in US dollars per key, one bar each; clicking a bar opens the merchants behind it. */
export function ExportChart({ figures, labelOf, onPick }: { figures: ParkFigure[]; labelOf: (key: string) => string; onPick: (key: string) => void }) {
  const { t } = useTranslation();
  const pickAt = (index: number) => {
    const figure = figures[index];
    if (figure) onPick(figure.key);
  };
  const option = {
    grid: { left: 80, right: 16, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: figures.map((figure) => labelOf(figure.key)) },
    yAxis: { type: 'value', name: t('park.dashboard.exportValue') },
    series: [{ type: 'bar', name: t('park.dashboard.exportValue'), data: figures.map((figure) => (figure.valueUsd === null ? null : figure.valueUsd / 100)), itemStyle: { color: '#1f6f4a' } }],
  };
  return (
    <div data-testid="export-chart">
      <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height: 320 }} onEvents={{ click: (event: { dataIndex: number }) => pickAt(event.dataIndex) }} />
    </div>
  );
}
