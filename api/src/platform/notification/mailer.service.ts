import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfigService } from '#src/platform/config/app-config.service.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends email through SMTP_URL; without it, mail is simply not sent (in-app notifications remain). */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfigService) {
    const url = config.get('SMTP_URL');
    this.transport = url ? nodemailer.createTransport(url) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Returns whether the mail was accepted; a failure is logged, never thrown at the caller. */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.get('MAIL_FROM'), ...mail });
      return true;
    } catch (error) {
      this.logger.warn(`could not email ${mail.to}: ${(error as Error).message}`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
