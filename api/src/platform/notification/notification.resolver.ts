import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AnyRole } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { NotificationDTO } from '#src/platform/notification/dto/notification.dto.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import { ReportReminderService } from '#src/platform/notification/report-reminder.service.js';

@Resolver(() => NotificationDTO)
export class NotificationResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly reminders: ReportReminderService,
  ) {}

  @AnyRole()
  @Query(() => [NotificationDTO], { description: 'The signed-in user’s notifications, newest first' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.notifications.list(actor, unreadOnly);
  }

  @AnyRole()
  @Mutation(() => NotificationDTO)
  markNotificationRead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.notifications.markRead(actor, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Int, { description: 'Runs the daily reminder job now; returns how many notifications it sent' })
  sendReportReminders() {
    return this.reminders.remind();
  }
}
