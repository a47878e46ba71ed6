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

type Row = { periodCode: string; frameworkTitle: string; expected?: number | null } & Record<
  string,
  number | string | null | undefined
>;

/**
 * % achievement per component and quarter, with the target (100 %) and the expected progress.
 * Parts are matched by label, so that (i) of one framework version continues (i) of the previous
 * one; a vertical line marks the quarter where a new version takes over.
 */
export const TrendChart = ({ points }: { points: ProgressTrendPoint[] }) => {
  const translate = useTranslate();
  const format = useFormatNumber();
  const theme = useTheme();
  const components = [...new Set(points.map((p) => p.label))];
  const rows = new Map<string, Row>();
  for (const point of points) {
    const row = rows.get(point.periodId) ?? { periodCode: point.periodCode, frameworkTitle: point.frameworkTitle };
    row[`part ${point.label}`] = point.achievementPercent;
    if (row.expected === undefined || row.expected === null) row.expected = point.expectedPercent;
    rows.set(point.periodId, row);
  }
  const data = [...rows.values()];
  const versionChanges = data.filter(
    (row, index) => index > 0 && row.frameworkTitle !== data[index - 1]!.frameworkTitle,
  );
  const titleOf = new Map(data.map((row) => [row.periodCode, row.frameworkTitle]));
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
        <Tooltip
          formatter={(value) => format(typeof value === 'number' ? value : null, ' %')}
          labelFormatter={(code) => `${String(code)} · ${titleOf.get(String(code)) ?? ''}`}
        />
        <Legend />
        <ReferenceLine
          y={100}
          stroke={theme.palette.success.dark}
          strokeWidth={2}
          label={{ value: translate('dashboard.detail.targetLine'), position: 'insideTopLeft' }}
        />
        {versionChanges.map((row) => (
          <ReferenceLine
            key={row.periodCode}
            x={row.periodCode}
            stroke={theme.palette.text.secondary}
            label={{
              value: translate('dashboard.detail.newVersion', { title: row.frameworkTitle }),
              position: 'insideTopRight',
            }}
          />
        ))}
        <Line
          dataKey="expected"
          name={translate('dashboard.progress.expected')}
          stroke={theme.palette.text.secondary}
          strokeDasharray="4 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        {components.map((label, index) => (
          <Line
            key={label}
            dataKey={`part ${label}`}
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
