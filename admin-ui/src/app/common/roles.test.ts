import { describe, expect, test } from '@jest/globals';
import { Role } from '../generated/enums';
import { canCall, canCallNamed, canRequest, seesOfficeWork, writesOwnReport } from './roles';

const ROLES = Object.values(Role);
const holders = (check: (role: Role) => boolean) => ROLES.filter(check).sort();

// The screens' role rules before they were read from api/access.json, and the operation each now asks about.
describe('role checks read from api/access.json', () => {
  test('publish buttons: framework editors (administrators and KM officers)', () => {
    expect(holders((r) => canCall(r, 'publishResultsFramework'))).toEqual(['ADMIN', 'KM_OFFICER']);
    expect(holders((r) => canCall(r, 'unpublishResultsFramework'))).toEqual(['ADMIN', 'KM_OFFICER']);
  });

  test('period status buttons: administrators', () => {
    for (const operation of ['openReportingPeriod', 'closeReportingPeriod', 'lockReportingPeriod'] as const)
      expect(holders((r) => canCall(r, operation))).toEqual(['ADMIN']);
  });

  test('compliance matrix: everyone but viewers, and nobody while the role is unknown', () => {
    expect(holders((r) => canCall(r, 'reportingCompliance'))).toEqual(ROLES.filter((r) => r !== 'VIEWER').sort());
    expect(canCall(undefined, 'reportingCompliance')).toBe(false);
  });

  test('review menu: regional managers', () => {
    expect(holders((r) => canCall(r, 'approveProgressReport'))).toEqual(['REGIONAL_MANAGER']);
  });

  test('downloads: the tracking table for everyone, the KM update for everyone but viewers', () => {
    expect(holders((r) => canRequest(r, 'GET /exports/tracking-table'))).toEqual([...ROLES].sort());
    expect(holders((r) => canRequest(r, 'GET /exports/km-update'))).toEqual(ROLES.filter((r) => r !== 'VIEWER').sort());
  });

  test('public operations are open to anyone; unknown operations to no one', () => {
    expect(canCall(undefined, 'login')).toBe(true);
    expect(canCallNamed('ADMIN', 'createNothing')).toBe(false);
  });

  test('the two rules no operation states', () => {
    expect(holders(seesOfficeWork)).toEqual(ROLES.filter((r) => r !== 'VIEWER').sort());
    expect(holders(writesOwnReport)).toEqual(['PROGRAMME_OFFICER']);
  });
});
