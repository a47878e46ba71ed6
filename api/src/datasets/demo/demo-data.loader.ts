import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { hashPassword } from '#src/platform/auth/password.util.js';
import { claimDataset } from '#src/datasets/dataset-marker.js';
import { AppMetadataEntity } from '#src/platform/database/app-metadata.entity.js';
import { DEMO_REPORTING_DATE, REPORTING_REFERENCE_DATE_KEY } from '#src/platform/config/reporting-clock.service.js';
import { DEMO_USERS } from '#src/datasets/demo/data/users.data.js';
import { insertDemoDwcps } from '#src/datasets/demo/demo-dwcp.loader.js';
import { insertDemoKmContent } from '#src/datasets/demo/demo-km.loader.js';
import {
  KNOWLEDGE_STRATEGY,
  type DemoIndicator,
  type DemoTargetRevision,
} from '#src/datasets/demo/data/knowledge-strategy.data.js';
import { TargetRevisionEntity } from '#src/results/target-revision/target-revision.entity.js';
import { DEMO_OFFICES } from '#src/datasets/demo/data/offices.data.js';
import { DEMO_PERIODS } from '#src/datasets/demo/data/periods.data.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { Direction, Measure } from '#src/results/indicator/indicator.enums.js';
import { ruleFieldsOf } from '#src/results/indicator-component/component-rules.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';
import { UserEntity } from '#src/platform/user/user.entity.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { insertNextFrameworkVersion } from '#src/datasets/demo/demo-framework-version.js';

/** Loads the real content of the seeds (offices, periods, the knowledge strategy, KM content). */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
    private readonly audit: AuditLog,
  ) {}

  /** At start-up: loads the demo data when LOAD_DEMO_DATA (or development's default) asks for it. */
  async loadWhenEnabled(): Promise<void> {
    if (this.config.loadDemoData) await this.loadIntoEmptyDatabase();
  }

  /** Loads once, into a database that holds no offices and no frameworks yet. */
  async loadIntoEmptyDatabase(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const offices = await manager.count(OfficeEntity);
      const frameworks = await manager.count(ResultsFrameworkEntity);
      if (offices > 0 || frameworks > 0) return false;
      await claimDataset(manager, 'demo');
      // The demo is set on one day: compliance and reminders read it through the ReportingClock.
      await manager.upsert(AppMetadataEntity, { key: REPORTING_REFERENCE_DATE_KEY, value: DEMO_REPORTING_DATE }, [
        'key',
      ]);
      const officeIds = await this.insertOffices(manager);
      const users = await this.insertUsers(manager, officeIds);
      const periods = await this.insertPeriods(manager);
      const frameworkOutcomes = await this.insertKnowledgeStrategy(
        manager,
        new Map([...periods].map(([code, p]) => [code, p.id])),
        officeIds,
      );
      const admin = demoActor(users, 'admin@example.org', Role.ADMIN);
      await insertDemoDwcps(manager, {
        offices: officeIds,
        periods,
        frameworkOutcomes,
        submitterByOffice: new Map([['CO-DHAKA', users.get('dhaka.po@example.org')!]]),
        reviewer: users.get('manager@example.org')!,
        audit: this.audit,
        planSubmitter: admin,
        planReviewer: demoActor(users, 'manager@example.org', Role.REGIONAL_MANAGER),
      });
      await insertDemoKmContent(manager, officeIds, periods);
      // Last: the loaders above find the knowledge strategy's components by code, in one framework.
      await insertNextFrameworkVersion(manager, this.audit, admin);
      this.logger.log(
        'loaded the demo data: ROAP offices, periods 2008-2011, the knowledge strategy 2008-09 and its draft 2010-11 version, demo users, KM content',
      );
      return true;
    });
  }

  private async insertOffices(manager: EntityManager): Promise<Map<string, number>> {
    const idByCode = new Map<string, number>();
    for (const office of DEMO_OFFICES) {
      const saved = await manager.save(OfficeEntity, {
        code: office.code,
        name: office.name,
        type: office.type,
        parentId: office.parentCode ? idByCode.get(office.parentCode)! : null,
        countries: office.countries,
      });
      idByCode.set(office.code, saved.id);
    }
    return idByCode;
  }

  private async insertUsers(manager: EntityManager, officeIds: Map<string, number>): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const user of DEMO_USERS) {
      const saved = await manager.save(UserEntity, {
        email: user.email,
        name: user.name,
        role: user.role,
        officeIds: user.officeCodes.map((code) => officeIds.get(code)!),
        passwordHash: await hashPassword(user.password),
      });
      ids.set(user.email, saved.id);
    }
    return ids;
  }

  private async insertPeriods(manager: EntityManager): Promise<Map<string, { id: number; dueDate: string }>> {
    const saved = await manager.save(ReportingPeriodEntity, DEMO_PERIODS);
    return new Map(saved.map((period) => [period.code, { id: period.id, dueDate: period.dueDate }]));
  }

  /** Returns the outcome ids by number. */
  private async insertKnowledgeStrategy(
    manager: EntityManager,
    periodIds: Map<string, number>,
    officeIds: Map<string, number>,
  ): Promise<Map<number, number>> {
    const outcomeIds = new Map<number, number>();
    const strategy = KNOWLEDGE_STRATEGY;
    const framework = await manager.save(ResultsFrameworkEntity, {
      title: strategy.title,
      description: strategy.description,
      startDate: strategy.startDate,
      endDate: strategy.endDate,
      // Endorsed by the Governing Body (November 2007): public from the start.
      publishedAt: new Date(),
    });
    for (const outcome of strategy.outcomes) {
      const savedOutcome = await manager.save(OutcomeEntity, {
        frameworkId: framework.id,
        number: outcome.number,
        title: outcome.title,
        description: outcome.description ?? null,
      });
      outcomeIds.set(outcome.number, savedOutcome.id);
      for (const indicator of outcome.indicators) {
        const savedIndicator = await manager.save(IndicatorEntity, {
          outcomeId: savedOutcome.id,
          code: indicator.code,
          title: indicator.title,
          description: indicator.description ?? null,
          scope: indicator.scope,
          measure: indicator.measure,
          direction: Direction.INCREASE,
          aggregation: indicator.aggregation,
          unit: indicator.unit ?? null,
        });
        const components = await manager.save(
          IndicatorComponentEntity,
          indicator.components.map((component, index) => ({
            ...demoRule(component.measure ?? indicator.measure, indicator),
            indicatorId: savedIndicator.id,
            position: index + 1,
            measure: component.measure ?? null,
            unit: component.unit ?? null,
            baselineValue: component.baselineValue ?? null,
            baselineNarrative: component.baselineNarrative,
            baselineDate: strategy.baselineDate,
            targetValue: component.targetValue ?? null,
            targetNarrative: component.targetNarrative,
            targetPeriodId: periodIds.get(component.targetPeriod ?? strategy.targetPeriod)!,
          })),
        );
        for (const [index, component] of indicator.components.entries()) {
          await insertDemoRevisions(manager, components[index]!.id, component.revisions ?? [], periodIds, officeIds);
        }
      }
    }
    return outcomeIds;
  }
}

/**
 * A component's later revisions (the initial one is the database's: migration TargetRevisions),
 * its own baseline and target following the region's latest, as reviseComponentTarget leaves them.
 */
async function insertDemoRevisions(
  manager: EntityManager,
  componentId: number,
  revisions: DemoTargetRevision[],
  periodIds: Map<string, number>,
  officeIds: Map<string, number>,
): Promise<void> {
  for (const revision of revisions) {
    const period = await manager.findOneByOrFail(ReportingPeriodEntity, { id: periodIds.get(revision.from)! });
    await manager.save(TargetRevisionEntity, {
      componentId,
      officeId: revision.officeCode ? officeIds.get(revision.officeCode)! : null,
      baselineValue: revision.baselineValue,
      baselineNarrative: null,
      targetValue: revision.targetValue,
      targetNarrative: null,
      appliesFrom: period.startDate,
      appliesFromPeriodId: period.id,
      reason: revision.reason,
      createdById: null,
    });
    if (!revision.officeCode) {
      await manager.update(
        IndicatorComponentEntity,
        { id: componentId },
        { baselineValue: revision.baselineValue, targetValue: revision.targetValue },
      );
    }
  }
}

/** A demo user as the workflow steps of the demo see it (all offices readable). */
function demoActor(users: Map<string, number>, email: string, role: Role): Actor {
  return new Actor(users.get(email)!, email, role, [], null);
}

/** The measure's default rule, with the indicator's own bounds for its numeric parts. */
function demoRule(measure: Measure, indicator: DemoIndicator) {
  const numeric = measure === Measure.NUMBER;
  return ruleFieldsOf(measure, numeric ? { maxValue: indicator.maxValue, jumpFactor: indicator.jumpFactor } : {});
}
