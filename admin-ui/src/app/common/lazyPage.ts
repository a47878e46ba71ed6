import { type ComponentType, lazy } from 'react';

/**
 * A page component loaded when first shown: `lazyPage(() => import('./IndicatorList'), 'IndicatorList')`. Resource
 * pages are loaded so, keeping them (and the libraries only they use) out of the first download; react-admin's layout
 * shows its loading indicator meanwhile.
 */
export const lazyPage = <M, K extends keyof M & string>(load: () => Promise<M>, name: K) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
