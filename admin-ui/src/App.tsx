import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './app/authProvider';
import { dataProvider } from './app/dataProvider';
import { i18nProvider } from './app/i18n';
import { Layout } from './app/layout/Layout';
import { lightTheme, darkTheme } from './app/theme/themes';
import { PAGES, resourcesFor } from './resources';

// Charts are loaded when the dashboard is first opened, keeping the first download small.
const Dashboard = lazy(() => import('./results/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

/** The resources and pages come from the registry (resources.ts), filtered by the signed-in user's role. */
export const App = () => (
  <Admin
    title="ROAP results tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    {(role: unknown) => (
      <>
        <CustomRoutes>
          {PAGES.map(({ path, element }) => (
            <Route key={path} path={path} element={element} />
          ))}
        </CustomRoutes>
        {resourcesFor(role).map((resource) => (
          <Resource key={resource.name} {...resource} />
        ))}
      </>
    )}
  </Admin>
);
