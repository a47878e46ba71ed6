import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { LanguageSync } from './LanguageSync';
import { Menu } from './Menu';

// minWidth 0: let the page shrink to the window; wide tables scroll inside their own boxes.
const fitWindow = { minWidth: 0, '& .RaLayout-appFrame, & .RaLayout-content': { minWidth: 0 } };

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} sx={fitWindow}>
    <LanguageSync />
    {children}
  </RaLayout>
);
