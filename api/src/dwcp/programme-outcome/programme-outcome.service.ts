import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { parseId } from '#src/common/crud/id.util.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { findInReach } from '#src/common/scope/reach.js';
import { PROGRAMME } from '#src/dwcp/dwcp-references.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import type { CreateProgrammeOutcomeArgs } from '#src/dwcp/programme-outcome/dto/create-programme-outcome.args.js';
import type { UpdateProgrammeOutcomeArgs } from '#src/dwcp/programme-outcome/dto/update-programme-outcome.args.js';
import { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';

type OutcomeChanges = Omit<UpdateProgrammeOutcomeArgs, 'id'>;

@Injectable()
export class ProgrammeOutcomeService extends CrudService<
  ProgrammeOutcomeEntity,
  CreateProgrammeOutcomeArgs,
  OutcomeChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: ProgrammeOutcomeEntity,
      label: 'ProgrammeOutcome',
      searchFields: ['code', 'title', 'description', 'programme.title'],
      defaultSort: { field: 'code', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<ProgrammeOutcomeEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['programme']);
  }

  protected async buildNew(manager: EntityManager, input: CreateProgrammeOutcomeArgs, actor: Actor) {
    const programme = await findInReach(manager, actor, PROGRAMME, input.programmeId, 'programmeId');
    assertWritableOffice(actor, programme.officeId, 'programmeId', 'the programmes');
    await this.assertCodeFree(manager, programme.id, input.code);
    return {
      programmeId: programme.id,
      code: input.code.trim(),
      title: input.title.trim(),
      description: input.description ?? null,
      frameworkOutcomeIds: await checkFrameworkOutcomes(manager, input.frameworkOutcomeIds ?? []),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    outcome: ProgrammeOutcomeEntity,
    changes: OutcomeChanges,
    actor: Actor,
  ) {
    const programme = await manager.findOneByOrFail(CountryProgrammeEntity, { id: outcome.programmeId });
    assertWritableOffice(actor, programme.officeId, 'id', 'the programmes');
    if (changes.code !== undefined && changes.code !== outcome.code)
      await this.assertCodeFree(manager, programme.id, changes.code);
    assignGiven(outcome, {
      code: changes.code?.trim(),
      title: changes.title?.trim(),
      description: changes.description,
      frameworkOutcomeIds:
        changes.frameworkOutcomeIds && (await checkFrameworkOutcomes(manager, changes.frameworkOutcomeIds)),
    });
  }

  protected override async assertDeletable(manager: EntityManager, outcome: ProgrammeOutcomeEntity, actor: Actor) {
    const programme = await manager.findOneByOrFail(CountryProgrammeEntity, { id: outcome.programmeId });
    assertWritableOffice(actor, programme.officeId, 'id', 'the programmes');
    const items = await manager.countBy(PlanItemEntity, { programmeOutcomeId: outcome.id });
    if (items > 0) throw new ConflictError('id', `${items} plan items contribute to ${outcome.code}`);
  }

  private async assertCodeFree(manager: EntityManager, programmeId: number, code: string) {
    if (await manager.existsBy(ProgrammeOutcomeEntity, { programmeId, code: code.trim() })) {
      throw new ConflictError('code', `the programme already has an outcome ${code}`);
    }
  }
}

async function checkFrameworkOutcomes(manager: EntityManager, ids: string[]): Promise<number[]> {
  const outcomeIds = [...new Set(ids.map((id) => parseId(id, 'frameworkOutcomeIds')))];
  const found = outcomeIds.length ? await manager.countBy(OutcomeEntity, { id: In(outcomeIds) }) : 0;
  if (found !== outcomeIds.length)
    throw InputError.field('frameworkOutcomeIds', 'lists an outcome that does not exist');
  return outcomeIds;
}
