import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { AppMetadataEntity } from '#src/platform/database/app-metadata.entity.js';

/** The app_metadata key of the day the demo data is set on (the demo loader writes it). */
export const REPORTING_REFERENCE_DATE_KEY = 'reporting_reference_date';

/** The demo's "today": after the 2009-Q2 reports were due (15 July), before 2009-Q3 ends. */
export const DEMO_REPORTING_DATE = '2009-08-20';

/**
 * "Today" for reporting rules (compliance, reminders, late-report summaries): REPORTING_DATE when
 * set, else the reference date of the data loaded (the demo's), else the real date (UTC).
 */
@Injectable()
export class ReportingClock {
  constructor(
    private readonly config: AppConfigService,
    private readonly dataSource: DataSource,
  ) {}

  /** The day, as YYYY-MM-DD. */
  async today(): Promise<string> {
    const configured = this.config.get('REPORTING_DATE');
    if (configured) return configured;
    const reference = await this.dataSource.manager.findOneBy(AppMetadataEntity, {
      key: REPORTING_REFERENCE_DATE_KEY,
    });
    return reference?.value ?? new Date().toISOString().slice(0, 10);
  }
}
