import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgressTrendPoint } from '../../app/dataProvider/dashboard';
import { useFormatNumber } from './format';

const LINE_COLORS = ['#1565c0', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];
const DASHES = [undefined, '6 3', '2 2', '8 3 2 3', '1 3'];

type Row = { periodCode: string; expected?: number | null } & Record<string, number | string | null | undefined>;

/** % achievement per component and quarter, with the target (100 %) and the expected progress. */
export const TrendChart = ({ points }: { points: ProgressTrendPoint[] }) => {
  const translate = useTranslate();
  const format = useFormatNumber();
  const theme = useTheme();
  const components = [...new Map(points.map((p) => [p.componentId, p.label])).entries()];
  const rows = new Map<string, Row>();
  for (const point of points) {
    const row = rows.get(point.periodId) ?? { periodCode: point.periodCode };
    row[point.componentId] = point.achievementPercent;
    if (row.expected === undefined || row.expected === null) row.expected = point.expectedPercent;
    rows.set(point.periodId, row);
  }
  const data = [...rows.values()];
  // Ticks every 25 %, from 0 (or the lowest value) to 100 % (or the highest).
  const values = points.flatMap((p) => [p.achievementPercent, p.expectedPercent]).filter((v) => v !== null);
  const top = Math.max(100, Math.ceil(Math.max(...values) / 25) * 25);
  const bottom = Math.min(0, Math.floor(Math.min(...values) / 25) * 25);
  const ticks = Array.from({ length: (top - bottom) / 25 + 1 }, (_, i) => bottom + i * 25);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="periodCode" />
        <YAxis unit=" %" domain={[bottom, top]} ticks={ticks} interval={0} />
        <Tooltip formatter={(value) => format(typeof value === 'number' ? value : null, ' %')} />
        <Legend />
        <ReferenceLine
          y={100}
          stroke={theme.palette.success.dark}
          strokeWidth={2}
          label={{ value: translate('dashboard.detail.targetLine'), position: 'insideTopLeft' }}
        />
        <Line
          dataKey="expected"
          name={translate('dashboard.progress.expected')}
          stroke={theme.palette.text.secondary}
          strokeDasharray="4 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        {components.map(([id, label], index) => (
          <Line
            key={id}
            dataKey={id}
            name={translate('dashboard.detail.component', { label })}
            stroke={LINE_COLORS[index % LINE_COLORS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};
