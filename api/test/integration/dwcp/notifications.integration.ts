import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { Role } from '#src/platform/auth/role.enum.js';
import { ReportReminderService } from '#src/platform/notification/report-reminder.service.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';
import { createOffice, createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { createTestApp, type TestApp } from '#test/utils/test-app.js';

interface Mail {
  to: string;
  body: string;
}

/** A real SMTP server on a loopback port, keeping what it receives. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) mails.push({ to: to.address, body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as { port: number }).port, mails };
}

describe('notifications', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let tokens: { po: string; manager: string; otherPo: string };
  let ids: { programme: number; q2: number; q3: number; region: number };
  let poEmail: string;
  let managerEmail: string;

  const inbox = async (token: string) =>
    dataOf(
      await t.gql<{ myNotifications: { id: string; kind: string; message: string; readAt: string | null }[] }>(
        '{ myNotifications { id kind message readAt } }',
        undefined,
        token,
      ),
    ).myNotifications;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // An API of its own, which mails through this SMTP server.
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2', '2009-Q3']);
    const { programme } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      { code: 'A1', startPeriodId: periods['2009-Q2']!.id, endPeriodId: periods['2009-Q3']!.id },
    ]);
    ids = { programme: programme.id, q2: periods['2009-Q2']!.id, q3: periods['2009-Q3']!.id, region: region.id };
    const po = await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id]);
    const manager = await t.signedIn(Role.REGIONAL_MANAGER, [region.id]);
    tokens = {
      po: po.token,
      manager: manager.token,
      otherPo: (await t.signedIn(Role.PROGRAMME_OFFICER, [yangon.id])).token,
    };
    poEmail = po.user.email;
    managerEmail = manager.user.email;
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('tells the reviewers when a report is submitted, and the submitter when it is returned or approved, in the app and by email', async () => {
    const { createProgressReport } = dataOf(
      await t.gql<{ createProgressReport: { id: string } }>(
        `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${ids.q2}") { id } }`,
        undefined,
        tokens.po,
      ),
    );
    const id = createProgressReport.id;
    dataOf(await t.gql(`mutation { submitProgressReport(id: "${id}", version: 1) { id } }`, undefined, tokens.po));
    expect(await inbox(tokens.manager)).toMatchObject([
      { kind: 'REPORT_SUBMITTED', message: 'BGD DWCP: progress report for 2009-Q2 submitted for review' },
    ]);
    dataOf(
      await t.gql(
        `mutation { returnProgressReport(id: "${id}", reason: "Add the Q2 figures") { id } }`,
        undefined,
        tokens.manager,
      ),
    );
    dataOf(await t.gql(`mutation { submitProgressReport(id: "${id}", version: 1) { id } }`, undefined, tokens.po));
    dataOf(await t.gql(`mutation { approveProgressReport(id: "${id}") { id } }`, undefined, tokens.manager));
    expect((await inbox(tokens.po)).map((n) => n.message)).toEqual([
      'BGD DWCP: progress report for 2009-Q2 approved',
      'BGD DWCP: progress report for 2009-Q2 returned: Add the Q2 figures',
    ]);
    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual([managerEmail, managerEmail, poEmail, poEmail].sort());
    expect(smtp.mails.find((mail) => mail.to === poEmail && /returned/.test(mail.body))?.body).toMatch(
      /Add the Q2 figures/,
    );
  });

  it('marks a notification read, for its owner only', async () => {
    const [latest] = await inbox(tokens.po);
    expectFieldError(
      await t.gql(`mutation { markNotificationRead(id: "${latest!.id}") { id } }`, undefined, tokens.otherPo),
      'id',
      /no Notification/,
    );
    const read = await t.gql<{ markNotificationRead: { readAt: string } }>(
      `mutation { markNotificationRead(id: "${latest!.id}") { readAt } }`,
      undefined,
      tokens.po,
    );
    expect(dataOf(read).markNotificationRead.readAt).toEqual(expect.any(String));
    const unread = dataOf(
      await t.gql<{ myNotifications: unknown[] }>('{ myNotifications(unreadOnly: true) { id } }', undefined, tokens.po),
    );
    expect(unread.myNotifications).toHaveLength(1);
  });

  it('reminds the office of an overdue report once a day, and not of submitted ones', async () => {
    const reminders = t.app.get(ReportReminderService);
    // The test periods are due when they end: 2009-Q3 on 2009-09-30. Q2 was approved above.
    // The officer's reminder, and the regional manager's summary of late reports.
    expect(await reminders.remind(new Date('2009-10-20T06:00:00Z'))).toBe(2);
    expect(await reminders.remind(new Date('2009-10-20T18:00:00Z'))).toBe(0);
    const [overdue] = await inbox(tokens.po);
    expect(overdue).toMatchObject({
      kind: 'REPORT_OVERDUE',
      message: 'BGD DWCP: the progress report for 2009-Q3 was due on 2009-09-30 and is not submitted',
    });
    expect(await reminders.remind(new Date('2009-09-25T06:00:00Z'))).toBe(1);
    expect((await inbox(tokens.po))[0]).toMatchObject({ kind: 'REPORT_DUE' });
    expect(smtp.mails.filter((mail) => mail.to === poEmail)).toHaveLength(4);
  });

  it('sends the reminders of a day once when several API instances run the job at the same minute', async () => {
    const reminders = t.app.get(ReportReminderService);
    const day = new Date('2009-10-21T06:00:00Z');
    const sent = await Promise.all([reminders.remind(day), reminders.remind(day), reminders.remind(day)]);
    expect(sent.reduce((total, count) => total + count, 0)).toBe(2);
  });

  it('reminds the manager, in their language, of an overdue report of an office without programme officers', async () => {
    const hanoi = await createOffice(t.dataSource, {
      code: 'CO-HANOI',
      name: 'Hanoi',
      type: OfficeType.COUNTRY,
      parentId: ids.region,
      countries: ['VNM'],
    });
    await createProgrammeWithPlan(t.dataSource, hanoi.id, 'VNM', [
      { code: 'A1', startPeriodId: ids.q3, endPeriodId: ids.q3 },
    ]);
    const language = await t.gql<{ setMyLanguage: { language: string } }>(
      'mutation { setMyLanguage(language: FR) { language } }',
      undefined,
      tokens.manager,
    );
    expect(dataOf(language).setMyLanguage.language).toBe('FR');
    const me = await t.gql<{ me: { language: string } }>('{ me { language } }', undefined, tokens.manager);
    expect(dataOf(me).me.language).toBe('FR');
    expectFieldError(
      await t.gql('mutation { setMyLanguage(language: "de") { language } }', undefined, tokens.manager),
      'language',
      /./,
    );

    const reminders = t.app.get(ReportReminderService);
    const mailsBefore = smtp.mails.length;
    // Dhaka's officer for BGD 2009-Q3; the manager for VNM 2009-Q2 and 2009-Q3 (Hanoi has no officer);
    // the manager's summary of the three.
    expect(await reminders.remind(new Date('2009-10-22T06:00:00Z'))).toBe(4);
    const managerInbox = await inbox(tokens.manager);
    expect(
      managerInbox
        .slice(0, 2)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['LATE_REPORTS_SUMMARY', 'REPORT_OVERDUE']);
    expect(managerInbox.find((n) => n.kind === 'REPORT_OVERDUE')!.message).toBe(
      'VNM DWCP : le rapport d’avancement de 2009-Q3 était attendu le 2009-09-30 et n’est pas soumis (CO-HANOI n’a pas de chargé de programme : vous êtes averti en tant que responsable)',
    );
    expect(managerInbox.find((n) => n.kind === 'LATE_REPORTS_SUMMARY')!.message).toBe(
      'Rapports d’avancement en retard au 2009-10-22 : 3. CO-DHAKA BGD 2009-Q3 (attendu le 2009-09-30); CO-HANOI VNM 2009-Q2 (attendu le 2009-06-30); CO-HANOI VNM 2009-Q3 (attendu le 2009-09-30)',
    );
    // The officer keeps English, the default.
    expect((await inbox(tokens.po))[0]!.message).toMatch(/^BGD DWCP: the progress report for 2009-Q3 was due/);
    const newMails = smtp.mails.slice(mailsBefore);
    expect(newMails.map((mail) => mail.to).sort()).toEqual([managerEmail, managerEmail, managerEmail, poEmail].sort());
    expect(newMails.some((mail) => mail.to === managerEmail && /CO-HANOI VNM 2009-Q2/.test(mail.body))).toBe(true);
  });

  it('sends each manager one summary of late reports a day, however often the job runs', async () => {
    const reminders = t.app.get(ReportReminderService);
    expect(await reminders.remind(new Date('2009-10-22T12:00:00Z'))).toBe(0);
    const summaries = async () => (await inbox(tokens.manager)).filter((n) => n.kind === 'LATE_REPORTS_SUMMARY').length;
    const before = await summaries();
    const day = new Date('2009-10-23T06:00:00Z');
    const sent = await Promise.all([reminders.remind(day), reminders.remind(day)]);
    expect(sent.reduce((total, count) => total + count, 0)).toBe(4);
    expect(await reminders.remind(day)).toBe(0);
    expect(await summaries()).toBe(before + 1);
  });
});
