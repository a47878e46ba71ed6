// Placeholder, replaced by the dashboard work.
export const Dashboard = () => null;
