import { Chart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';

/** Bars with lines over them. react-chartjs-2 types a chart by one type, so the mixed config is cast here, once. */
export function BarLineChart(props: {
  data: ChartData<'bar' | 'line', (number | null)[], string>;
  options: ChartOptions<'bar' | 'line'>;
  label: string;
}) {
  return (
    <Chart
      type="bar"
      data={props.data as ChartData<'bar'>}
      options={props.options as ChartOptions<'bar'>}
      aria-label={props.label}
      role="img"
    />
  );
}
