import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AuditEntryEntity } from '#src/platform/audit/audit-entry.entity.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { NotificationEntity } from '#src/platform/notification/notification.entity.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createOffice, createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';
import { dataOf, expectFieldError, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Entry {
  action: string;
  via: string;
  reason: string | null;
  userEmail: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

const TRAIL = `query ($id: ID!) { auditTrail(entityType: "ReportingPeriod", entityId: $id) { action via reason userEmail changes { field before after } } }`;
const OPEN = 'mutation ($id: ID!, $reason: String) { openReportingPeriod(id: $id, reason: $reason) { status } }';
const CLOSE = 'mutation ($id: ID!, $reason: String) { closeReportingPeriod(id: $id, reason: $reason) { status } }';

describe('unlocking a LOCKED period', () => {
  let t: TestApp;
  let q1: string;
  let q2: string;
  let tokens: Record<'dhakaPo' | 'yangonKm' | 'manager' | 'delhiPo' | 'viewer', string>;
  let told: number[];
  let untold: number[];

  const period = async (id: string) =>
    (await t.dataSource.getRepository(ReportingPeriodEntity).findOneByOrFail({ id: Number(id) })).status;
  // The steps taken, without the periods' creation by the test's factory.
  const trail = async (id: string) =>
    dataOf(await t.gql<{ auditTrail: Entry[] }>(TRAIL, { id })).auditTrail.filter((entry) => entry.action !== 'CREATE');
  const unlockNotifications = () =>
    t.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { kind: 'PERIOD_UNLOCKED' as never }, order: { userId: 'ASC' } });

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const delhi = await createOffice(t.dataSource, {
      code: 'CO-DELHI',
      name: 'New Delhi',
      type: OfficeType.COUNTRY,
      parentId: region.id,
      countries: ['IND'],
    });
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2']);
    q1 = String(periods['2009-Q1']!.id);
    q2 = String(periods['2009-Q2']!.id);
    const { components } = await createSmallFramework(t.dataSource);
    // Dhaka has a draft report in 2009-Q1, Yangon a result; New Delhi nothing.
    const { programme } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      { code: 'A1', startPeriodId: Number(q1), endPeriodId: Number(q2) },
    ]);
    await t.dataSource.getRepository(ProgressReportEntity).save({
      programmeId: programme.id,
      periodId: Number(q1),
      officeId: dhaka.id,
      status: ReportStatus.DRAFT,
      version: 1,
    });
    await createResult(
      t.dataSource,
      { componentId: components[0]!.id, periodId: Number(q1), officeId: yangon.id },
      { value: 3 },
    );
    const users = {
      dhakaPo: await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id]),
      yangonKm: await t.signedIn(Role.KM_OFFICER, [yangon.id]),
      manager: await t.signedIn(Role.REGIONAL_MANAGER, [region.id]),
      delhiPo: await t.signedIn(Role.PROGRAMME_OFFICER, [delhi.id]),
      viewer: await t.signedIn(Role.VIEWER, [dhaka.id]),
    };
    tokens = Object.fromEntries(Object.entries(users).map(([name, user]) => [name, user.token])) as typeof tokens;
    told = [users.dhakaPo, users.yangonKm, users.manager].map(({ user }) => user.id);
    untold = [users.delhiPo, users.viewer].map(({ user }) => user.id);
    expect(dataOf(await t.gql(`mutation { lockReportingPeriod(id: "${q1}") { status } }`))).toEqual({
      lockReportingPeriod: { status: 'LOCKED' },
    });
  });

  it('is refused without a reason, naming the field, and changes nothing', async () => {
    for (const [mutation, reason] of [
      [OPEN, undefined],
      [OPEN, null],
      [OPEN, '   \n '],
      [CLOSE, ''],
    ] as const) {
      expectFieldError(
        await t.gql(mutation, { id: q1, reason }),
        'reason',
        /2009-Q1 is LOCKED: say why it is unlocked/,
      );
    }
    expectFieldError(await t.gql(OPEN, { id: q1, reason: 'x'.repeat(1001) }), 'reason', /at most 1000 characters/);
    expect(await period(q1)).toBe(PeriodStatus.LOCKED);
    expect((await trail(q1)).map((entry) => entry.action)).toEqual(['LOCK']);
    expect(await unlockNotifications()).toEqual([]);
  });

  it('is refused to every role but administrators, even with a reason', async () => {
    for (const token of Object.values(tokens)) {
      for (const [mutation, name] of [
        [OPEN, 'openReportingPeriod'],
        [CLOSE, 'closeReportingPeriod'],
      ] as const) {
        expectRefused(
          await t.gql(mutation, { id: q1, reason: 'please' }, token),
          'FORBIDDEN',
          new RegExp(`may not call ${name}`),
        );
      }
    }
    expect(await period(q1)).toBe(PeriodStatus.LOCKED);
    expect(await t.dataSource.getRepository(AuditEntryEntity).countBy({ action: 'UNLOCK' })).toBe(0);
  });

  it('takes no reason for the other steps, which stay as they were', async () => {
    expectFieldError(await t.gql(CLOSE, { id: q2, reason: 'why not' }), 'reason', /only unlocking a LOCKED period/);
    expect(await period(q2)).toBe(PeriodStatus.OPEN);
    expect(dataOf(await t.gql(CLOSE, { id: q2 }))).toEqual({ closeReportingPeriod: { status: 'CLOSED' } });
    expect(dataOf(await t.gql(OPEN, { id: q2 }))).toEqual({ openReportingPeriod: { status: 'OPEN' } });
    expect((await trail(q2)).map((entry) => entry.action)).toEqual(['CLOSE', 'OPEN']);
  });

  it('an administrator unlocks with a reason: audited with the reason and the status before and after', async () => {
    const reason = '  Dhaka’s Q1 figures were keyed in the wrong unit  ';
    expect(dataOf(await t.gql(CLOSE, { id: q1, reason }))).toEqual({ closeReportingPeriod: { status: 'CLOSED' } });
    const unlock = (await trail(q1)).at(-1)!;
    // The reason is kept on the entry, trimmed; the trail gives each value as JSON.
    expect(unlock).toMatchObject({
      action: 'UNLOCK',
      via: 'ADMINISTRATION',
      reason: 'Dhaka’s Q1 figures were keyed in the wrong unit',
      userEmail: 'test-admin@example.org',
    });
    expect(unlock.changes).toEqual([{ field: 'status', before: '"LOCKED"', after: '"CLOSED"' }]);
  });

  it('tells the offices concerned who unlocked which period and why, and nobody else', async () => {
    const notifications = await unlockNotifications();
    expect(notifications.map((n) => n.userId)).toEqual(told.sort((a, b) => a - b));
    expect(notifications.map((n) => n.userId)).not.toEqual(expect.arrayContaining(untold));
    for (const notification of notifications) {
      expect(notification).toMatchObject({
        periodId: Number(q1),
        message:
          'test-admin@example.org unlocked reporting period 2009-Q1 (now CLOSED): Dhaka’s Q1 figures were keyed in the wrong unit',
      });
    }
    const inbox = dataOf(
      await t.gql<{ myNotifications: { kind: string; message: string }[] }>(
        '{ myNotifications { kind message } }',
        undefined,
        tokens.dhakaPo,
      ),
    ).myNotifications;
    expect(inbox).toEqual([{ kind: 'PERIOD_UNLOCKED', message: expect.stringContaining('2009-Q1 (now CLOSED)') }]);
  });

  it('locking again and reopening needs a reason again; a failed notification undoes the unlock', async () => {
    dataOf(await t.gql(`mutation { lockReportingPeriod(id: "${q1}") { status } }`));
    expectFieldError(await t.gql(OPEN, { id: q1 }), 'reason', /say why/);
    const notify = jest
      .spyOn(t.app.get(NotificationService), 'notify')
      .mockRejectedValueOnce(new Error('notification table unavailable'));
    try {
      expect((await t.gql(OPEN, { id: q1, reason: 'Late approval' })).errors).toHaveLength(1);
    } finally {
      notify.mockRestore();
    }
    expect(await period(q1)).toBe(PeriodStatus.LOCKED);
    expect((await trail(q1)).map((entry) => entry.action)).toEqual(['LOCK', 'UNLOCK', 'LOCK']);
    expect(dataOf(await t.gql(OPEN, { id: q1, reason: 'Late approval' }))).toEqual({
      openReportingPeriod: { status: 'OPEN' },
    });
    expect((await trail(q1)).map((entry) => entry.action)).toEqual(['LOCK', 'UNLOCK', 'LOCK', 'UNLOCK']);
    expect((await unlockNotifications()).length).toBe(told.length * 2);
  });
});
