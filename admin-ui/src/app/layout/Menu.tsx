import { Menu as RaMenu, useResourceDefinitions, useTranslate } from 'react-admin';
import { PAGES, RESOURCES } from '../../resources';
import { useRole } from '../common/useRole';

/** The registry's pages and resources in its order, as far as the role has them (resources.ts decides). */
export const Menu = () => {
  const role = useRole();
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {PAGES.map(({ path, menu }) =>
        menu?.shownTo(role) ? (
          <RaMenu.Item key={path} to={path} primaryText={translate(menu.label)} leftIcon={menu.icon} />
        ) : null,
      )}
      {RESOURCES.filter(({ name }) => resources[name]?.hasList).map(({ name }) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
