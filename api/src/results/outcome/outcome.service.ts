import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import type { CreateOutcomeArgs } from '#src/results/outcome/dto/create-outcome.args.js';
import type { UpdateOutcomeArgs } from '#src/results/outcome/dto/update-outcome.args.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

@Injectable()
export class OutcomeService extends CrudService<OutcomeEntity, CreateOutcomeArgs, Omit<UpdateOutcomeArgs, 'id'>> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: OutcomeEntity,
      label: 'Outcome',
      searchFields: ['number', 'title', 'description'],
      defaultSort: { field: 'number', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<OutcomeEntity>, actor: Actor): Promise<void> {
    publishedOnlyForViewers(qb, actor, ['framework']);
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateOutcomeArgs,
    _actor: Actor,
  ): Promise<Partial<OutcomeEntity>> {
    const framework = await findReference(
      manager,
      ResultsFrameworkEntity,
      input.frameworkId,
      'frameworkId',
      'ResultsFramework',
    );
    await this.assertNumberFree(manager, framework.id, input.number);
    return {
      frameworkId: framework.id,
      number: input.number,
      title: input.title.trim(),
      description: input.description ?? null,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    outcome: OutcomeEntity,
    changes: Omit<UpdateOutcomeArgs, 'id'>,
    _actor: Actor,
  ): Promise<void> {
    const indicators = await manager.findBy(IndicatorEntity, { outcomeId: outcome.id });
    if (changes.frameworkId !== undefined) {
      const framework = await findReference(
        manager,
        ResultsFrameworkEntity,
        changes.frameworkId,
        'frameworkId',
        'ResultsFramework',
      );
      if (framework.id !== outcome.frameworkId && indicators.length > 0) {
        throw InputError.field('frameworkId', 'an outcome with indicators cannot move to another framework');
      }
      outcome.frameworkId = framework.id;
    }
    const number = changes.number ?? outcome.number;
    if (changes.frameworkId !== undefined || number !== outcome.number) {
      await this.assertNumberFree(manager, outcome.frameworkId, number, outcome.id);
    }
    if (number !== outcome.number) {
      // Indicator codes carry the outcome number ("2.3"): renumbering the outcome renumbers them.
      for (const indicator of indicators) {
        indicator.code = `${number}.${indicator.code.split('.')[1]}`;
        await manager.save(IndicatorEntity, indicator);
      }
    }
    assignGiven(outcome, { number: changes.number, title: changes.title?.trim(), description: changes.description });
  }

  protected override async assertDeletable(
    manager: EntityManager,
    outcome: OutcomeEntity,
    _actor: Actor,
  ): Promise<void> {
    const indicators = await manager.countBy(IndicatorEntity, { outcomeId: outcome.id });
    if (indicators > 0) {
      throw new ConflictError(
        'id',
        `outcome ${outcome.number} still has ${indicators} indicators; delete or move them first`,
      );
    }
  }

  private async assertNumberFree(manager: EntityManager, frameworkId: number, number: number, selfId?: number) {
    const clash = await manager.findOneBy(OutcomeEntity, { frameworkId, number });
    if (clash && clash.id !== selfId) {
      throw new ConflictError('number', `the framework already has an outcome ${number}`);
    }
  }
}
