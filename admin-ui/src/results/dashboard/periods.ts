/** A reporting quarter as the selectors need it. */
export interface Quarter {
  id: string;
  code: string;
  startDate: string;
  endDate: string;
}

/** Quarters oldest first. */
export const sortQuarters = (quarters: readonly Quarter[]): Quarter[] =>
  [...quarters].sort((a, b) => a.startDate.localeCompare(b.startDate));

/** The latest quarter that ended before today, or else the last one. */
export const defaultQuarter = (sorted: readonly Quarter[], today: string): Quarter | undefined => {
  const ended = sorted.filter((q) => q.endDate < today);
  return ended[ended.length - 1] ?? sorted[sorted.length - 1];
};

/** Up to `count` quarters ending with the one chosen, oldest first. */
export const quartersEndingAt = (sorted: readonly Quarter[], periodId: string, count: number): Quarter[] => {
  const index = sorted.findIndex((q) => q.id === periodId);
  return index < 0 ? [] : sorted.slice(Math.max(0, index - count + 1), index + 1);
};

/** Today as YYYY-MM-DD in the user's time zone. */
export const todayIso = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
