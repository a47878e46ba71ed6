import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MembershipRow {
  position: number;
  memberGroup: string;
  targetMembers: number;
  currentMembers?: number | null;
}

const short = (text: string) => (text.length > 48 ? `${text.slice(0, 46)}…` : text);

/** Target against current members, group by group; the table beside it holds the same figures. */
export const MembershipChart = ({ rows }: { rows: MembershipRow[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const data = rows.map((row) => ({
    name: `${row.position}. ${short(row.memberGroup)}`,
    group: row.memberGroup,
    target: row.targetMembers,
    current: row.currentMembers ?? 0,
  }));
  return (
    <ResponsiveContainer width="100%" height={60 + rows.length * 44}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={320} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={(_label, payload) => (payload?.[0]?.payload as { group?: string })?.group ?? ''} />
        <Legend />
        <Bar
          dataKey="target"
          name={translate('resources.CopMembershipTarget.fields.targetMembers')}
          fill={theme.palette.primary.main}
          isAnimationActive={false}
        />
        <Bar
          dataKey="current"
          name={translate('resources.CopMembershipTarget.fields.currentMembers')}
          fill={theme.palette.success.main}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};
