import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import indicators from './indicators';
import offices from './offices';

export const App = () => (
  <Admin
    title="ROAP results tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    requireAuth
    disableTelemetry
  >
    <Resource name="Indicator" {...indicators} />
    <Resource name="Office" {...offices} />
  </Admin>
);
