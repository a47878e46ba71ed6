import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import LockResetIcon from '@mui/icons-material/LockReset';
import { useState, type ReactNode } from 'react';
import { AppBar, Logout, Layout as RaLayout, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { LanguageSync } from './LanguageSync';
import { Menu } from './Menu';

// minWidth 0: let the page shrink to the window; wide tables scroll inside their own boxes.
const fitWindow = { minWidth: 0, '& .RaLayout-appFrame, & .RaLayout-content': { minWidth: 0 } };

const ChangePasswordItem = ({ onOpen }: { onOpen: () => void }) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.menu')}</ListItemText>
    </MenuItem>
  );
};

const TrackerAppBar = () => {
  const [changing, setChanging] = useState(false);
  return (
    <>
      <AppBar
        userMenu={
          <UserMenu>
            <ChangePasswordItem onOpen={() => setChanging(true)} />
            <Logout />
          </UserMenu>
        }
      />
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={TrackerAppBar} sx={fitWindow}>
    <LanguageSync />
    {children}
  </RaLayout>
);
