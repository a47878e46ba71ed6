import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { MailerService } from '#src/platform/notification/mailer.service.js';
import { NotificationEntity, type NotificationKind } from '#src/platform/notification/notification.entity.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

export interface NewNotification {
  kind: NotificationKind;
  message: string;
  reportId?: number | null;
  programmeId?: number | null;
  periodId?: number | null;
  remindedOn?: string | null;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  /** Writes notifications in the caller's transaction; email them with deliver() once it commits. */
  async notify(manager: EntityManager, userIds: number[], notification: NewNotification): Promise<number[]> {
    if (userIds.length === 0) return [];
    const result = await manager.insert(
      NotificationEntity,
      [...new Set(userIds)].map((userId) => ({ userId, ...notification })),
    );
    return result.identifiers.map((identifier) => identifier.id as number);
  }

  /** Regional managers whose offices include `officeId` or an office above it. */
  async reviewersOf(manager: EntityManager, officeId: number): Promise<number[]> {
    const rows = (await manager.query(
      `WITH RECURSIVE above AS (
         SELECT id, parent_id FROM office WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM office o JOIN above a ON o.id = a.parent_id
       )
       SELECT id FROM app_user
        WHERE role = 'REGIONAL_MANAGER' AND active AND office_ids && ARRAY(SELECT id FROM above)`,
      [officeId],
    )) as { id: number }[];
    return rows.map((row) => row.id);
  }

  /**
   * Who works on a period's figures: the active programme and KM officers of every office with a
   * progress report or a result in it, and the regional managers of those offices or an office
   * above them (the reviewers). Viewers and administrators are not told; `exceptUserId` neither.
   */
  async concernedByPeriod(manager: EntityManager, periodId: number, exceptUserId: number): Promise<number[]> {
    const rows = (await manager.query(
      `WITH RECURSIVE concerned AS (
         SELECT office_id AS id FROM progress_report WHERE period_id = $1
         UNION SELECT office_id FROM indicator_result WHERE period_id = $1
       ), above AS (
         SELECT o.id, o.parent_id FROM office o JOIN concerned c ON o.id = c.id
         UNION SELECT o.id, o.parent_id FROM office o JOIN above a ON o.id = a.parent_id
       )
       SELECT id FROM app_user
        WHERE active AND id <> $2
          AND ((role IN ('PROGRAMME_OFFICER', 'KM_OFFICER') AND office_ids && ARRAY(SELECT id FROM concerned))
            OR (role = 'REGIONAL_MANAGER' AND office_ids && ARRAY(SELECT id FROM above)))
        ORDER BY id`,
      [periodId, exceptUserId],
    )) as { id: number }[];
    return rows.map((row) => row.id);
  }

  /** Emails the given notifications when SMTP is configured; failures are logged and retried by nobody. */
  async deliver(ids: number[]): Promise<void> {
    if (!this.mailer.enabled || ids.length === 0) return;
    const notifications = await this.dataSource
      .getRepository(NotificationEntity)
      .findBy({ id: In(ids), emailedAt: IsNull() });
    const users = await this.dataSource
      .getRepository(UserEntity)
      .findBy({ id: In(notifications.map((n) => n.userId)) });
    const emailOf = new Map(users.map((user) => [user.id, user.email]));
    for (const notification of notifications) {
      const to = emailOf.get(notification.userId);
      if (!to) continue;
      const sent = await this.mailer.send({
        to,
        subject: `[ROAP results tracker] ${notification.message}`,
        text: notification.message,
      });
      if (sent)
        await this.dataSource.getRepository(NotificationEntity).update(notification.id, { emailedAt: new Date() });
    }
  }

  list(actor: Actor, unreadOnly: boolean): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { id: 'DESC' },
      take: 200,
    });
  }

  async markRead(actor: Actor, id: string): Promise<NotificationEntity> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    const notification = await repository.findOneBy({ id: parseId(id, 'id'), userId: actor.userId });
    if (!notification) throw InputError.field('id', `no Notification with id ${id}`);
    notification.readAt ??= new Date();
    return repository.save(notification);
  }
}
