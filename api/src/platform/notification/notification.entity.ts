import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_RETURNED = 'REPORT_RETURNED',
  REPORT_APPROVED = 'REPORT_APPROVED',
  REPORT_DUE = 'REPORT_DUE',
  REPORT_OVERDUE = 'REPORT_OVERDUE',
  PERIOD_UNLOCKED = 'PERIOD_UNLOCKED',
  /** Once a day, to each regional manager: the late reports in reach. */
  LATE_REPORTS_SUMMARY = 'LATE_REPORTS_SUMMARY',
}

/** A message for one user, shown in the app and emailed when SMTP is configured. */
@Entity('notification')
@Index(['userId', 'readAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'int', nullable: true })
  reportId: number | null;

  @Column({ type: 'int', nullable: true })
  programmeId: number | null;

  @Column({ type: 'int', nullable: true })
  periodId: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  /** For reminders: the day the job ran for, so that it reminds once a day at most. */
  @Column({ type: 'date', nullable: true })
  remindedOn: string | null;
}
