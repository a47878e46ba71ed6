import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import type { CopyResultsFrameworkArgs } from '#src/results/results-framework/dto/copy-results-framework.args.js';
import { checkNewVersion, copyFramework } from '#src/results/results-framework/framework-copy.js';
import type { CreateResultsFrameworkArgs } from '#src/results/results-framework/dto/create-results-framework.args.js';
import type { UpdateResultsFrameworkArgs } from '#src/results/results-framework/dto/update-results-framework.args.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

@Injectable()
export class ResultsFrameworkService extends CrudService<
  ResultsFrameworkEntity,
  CreateResultsFrameworkArgs,
  Omit<UpdateResultsFrameworkArgs, 'id'>
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: ResultsFrameworkEntity,
      label: 'ResultsFramework',
      searchFields: ['title', 'description'],
      defaultSort: { field: 'startDate', order: 'DESC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<ResultsFrameworkEntity>, actor: Actor): Promise<void> {
    publishedOnlyForViewers(qb, actor, []);
  }

  protected async buildNew(
    _manager: EntityManager,
    input: CreateResultsFrameworkArgs,
    _actor: Actor,
  ): Promise<Partial<ResultsFrameworkEntity>> {
    checkDates(input.startDate, input.endDate);
    return {
      title: input.title.trim(),
      description: input.description ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    framework: ResultsFrameworkEntity,
    changes: Omit<UpdateResultsFrameworkArgs, 'id'>,
  ): Promise<void> {
    const startDate = changes.startDate ?? framework.startDate;
    const endDate = changes.endDate ?? framework.endDate;
    checkDates(startDate, endDate);
    if (startDate !== framework.startDate || endDate !== framework.endDate) {
      await this.assertResultsWithin(manager, framework.id, startDate, endDate);
    }
    assignGiven(framework, { ...changes, title: changes.title?.trim() });
  }

  protected override async assertDeletable(
    manager: EntityManager,
    framework: ResultsFrameworkEntity,
    _actor: Actor,
  ): Promise<void> {
    const outcomes = await manager.countBy(OutcomeEntity, { frameworkId: framework.id });
    if (outcomes > 0) throw new ConflictError('id', `the framework still has ${outcomes} outcomes`);
  }

  /** Publishing shows the framework to viewers; it is a step of its own, audited as such. */
  setPublished(actor: Actor, id: string, published: boolean): Promise<ResultsFrameworkEntity> {
    return this.write(
      actor,
      async (manager) => {
        const framework = await this.lockExisting(manager, actor, id, 'id');
        if ((framework.publishedAt !== null) === published) {
          throw InputError.field('id', `the framework is already ${published ? 'published' : 'unpublished'}`);
        }
        framework.publishedAt = published ? new Date() : null;
        return manager.save(ResultsFrameworkEntity, framework);
      },
      { via: AuditPath.WORKFLOW, action: published ? 'PUBLISH' : 'UNPUBLISH' },
    );
  }

  /**
   * A new version of a framework for a new period: its outcomes, indicators and components, linked
   * to the ones they continue, in one transaction (framework-copy.ts). The source is locked, so
   * that two copies at once cannot both become its next version.
   */
  copy(actor: Actor, input: CopyResultsFrameworkArgs): Promise<ResultsFrameworkEntity> {
    return this.write(actor, async (manager) => {
      const source = await this.lockExisting(manager, actor, input.id, 'id');
      await checkNewVersion(manager, source, input);
      return copyFramework(manager, source, input, actor);
    });
  }

  /** Narrowing a framework must not strand results recorded for periods outside it. */
  private async assertResultsWithin(manager: EntityManager, frameworkId: number, start: string, end: string) {
    const [{ count }] = (await manager.query(
      `SELECT count(*) AS count
         FROM indicator_result r
         JOIN reporting_period p ON p.id = r.period_id
         JOIN indicator_component c ON c.id = r.component_id
         JOIN indicator i ON i.id = c.indicator_id
         JOIN outcome o ON o.id = i.outcome_id
        WHERE o.framework_id = $1 AND (p.start_date < $2 OR p.end_date > $3)`,
      [frameworkId, start, end],
    )) as { count: number }[];
    if (count > 0) {
      throw InputError.field('startDate', `${count} results were recorded for periods outside ${start} to ${end}`);
    }
  }
}

function checkDates(startDate: string, endDate: string): void {
  if (endDate < startDate) throw InputError.field('endDate', `must not be before startDate (${startDate})`);
}
