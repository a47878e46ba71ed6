import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';
import type { CreateCountryProgrammeArgs } from '#src/dwcp/country-programme/dto/create-country-programme.args.js';
import type { UpdateCountryProgrammeArgs } from '#src/dwcp/country-programme/dto/update-country-programme.args.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

type ProgrammeChanges = Omit<UpdateCountryProgrammeArgs, 'id'>;

@Injectable()
export class CountryProgrammeService extends CrudService<
  CountryProgrammeEntity,
  CreateCountryProgrammeArgs,
  ProgrammeChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: CountryProgrammeEntity,
      label: 'CountryProgramme',
      searchFields: ['title', 'countryCode', 'office.code', 'office.name'],
      defaultSort: { field: 'countryCode', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<CountryProgrammeEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateCountryProgrammeArgs, actor: Actor) {
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', 'the programmes');
    if (!office.countries.includes(input.countryCode)) {
      throw InputError.field(
        'countryCode',
        `${office.code} covers ${office.countries.join(', ') || 'no country'}, not ${input.countryCode}`,
      );
    }
    checkYears(input.startYear, input.endYear);
    return {
      officeId: office.id,
      countryCode: input.countryCode,
      title: input.title.trim(),
      startYear: input.startYear,
      endYear: input.endYear,
      status: input.status ?? ProgrammeStatus.ACTIVE,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    programme: CountryProgrammeEntity,
    changes: ProgrammeChanges,
    actor: Actor,
  ) {
    assertWritableOffice(actor, programme.officeId, 'id', 'the programmes');
    const startYear = changes.startYear ?? programme.startYear;
    const endYear = changes.endYear ?? programme.endYear;
    checkYears(startYear, endYear);
    const [outside] = (await manager.query(
      'SELECT count(*) AS count FROM implementation_plan WHERE programme_id = $1 AND (year < $2 OR year > $3)',
      [programme.id, startYear, endYear],
    )) as { count: number }[];
    if (outside!.count > 0)
      throw InputError.field('startYear', `${outside!.count} plans fall outside ${startYear}-${endYear}`);
    assignGiven(programme, { ...changes, title: changes.title?.trim() });
  }

  protected override async assertDeletable(manager: EntityManager, programme: CountryProgrammeEntity, actor: Actor) {
    assertWritableOffice(actor, programme.officeId, 'id', 'the programmes');
    const plans = await manager.countBy(ImplementationPlanEntity, { programmeId: programme.id });
    if (plans > 0) throw new ConflictError('id', `the programme still has ${plans} implementation plans`);
  }
}

function checkYears(startYear: number, endYear: number): void {
  if (endYear < startYear) throw InputError.field('endYear', `must not be before startYear (${startYear})`);
}
