import { useTranslate } from 'react-admin';
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressStatus } from '../../app/dataProvider/dashboard';
import { STATUS_COLORS, STATUS_ORDER } from './statusStyle';

/** Components per status as bars; the figures beside it carry the same information in text. */
export const StatusChart = ({ counts }: { counts: Record<ProgressStatus, number> }) => {
  const translate = useTranslate();
  const data = STATUS_ORDER.map((status) => ({
    status,
    name: translate(`enums.ProgressStatus.${status}`),
    count: counts[status],
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name={translate('dashboard.summary.components')} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.status} fill={STATUS_COLORS[d.status]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
};
