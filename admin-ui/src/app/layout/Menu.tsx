import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Menu as RaMenu, useResourceDefinitions, useTranslate } from 'react-admin';
import { Role } from '../common/roles';
import { useRole } from '../common/useRole';

// The order people look for things in: their task first, then the framework, then the programmes.
const RESOURCE_ORDER = [
  'ProgressReport',
  'ResultsFramework',
  'Outcome',
  'Indicator',
  'IndicatorResult',
  'CountryProgramme',
  'ProgrammeOutcome',
  'ImplementationPlan',
  'PlanItem',
  'QuarterlyUpdate',
  'KmMilestone',
  'WorkArea',
  'WorkAreaStatus',
  'CriticalIssue',
  'KeyContact',
  'CommunityOfPractice',
  'CopMembershipTarget',
  'CopDiscussion',
  'Office',
  'ReportingPeriod',
  'User',
];

/** The menu follows the role: programme officers get their report, regional managers the review queue. */
export const Menu = () => {
  const role = useRole();
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {role === Role.PROGRAMME_OFFICER ? (
        <RaMenu.Item to="/my-report" primaryText={translate('reports.my.menu')} leftIcon={<EditNoteIcon />} />
      ) : null}
      {role === Role.REGIONAL_MANAGER ? (
        <RaMenu.Item to="/review" primaryText={translate('reports.review.menu')} leftIcon={<AssignmentIcon />} />
      ) : null}
      {RESOURCE_ORDER.filter((name) => resources[name]?.hasList).map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
