import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { CountryProgrammeService } from '#src/dwcp/country-programme/country-programme.service.js';
import { CreateCountryProgrammeArgs } from '#src/dwcp/country-programme/dto/create-country-programme.args.js';
import { UpdateCountryProgrammeArgs } from '#src/dwcp/country-programme/dto/update-country-programme.args.js';
import { CountryProgrammeDTO } from '#src/dwcp/country-programme/dto/country-programme.dto.js';
import { CountryProgrammeFilter } from '#src/dwcp/country-programme/dto/country-programme-filter.input.js';
import { ProgrammeBudgetDTO } from '#src/dwcp/country-programme/dto/programme-budget.dto.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';

@Resolver(() => CountryProgrammeDTO)
export class CountryProgrammeResolver extends CrudResolver<CountryProgrammeEntity>({
  name: 'CountryProgramme',
  plural: 'CountryProgrammes',
  dto: CountryProgrammeDTO,
  filter: CountryProgrammeFilter,
  createArgs: CreateCountryProgrammeArgs,
  updateArgs: UpdateCountryProgrammeArgs,
  access: DWCP_ACCESS,
}) {
  constructor(protected readonly service: CountryProgrammeService) {
    super();
  }

  @ResolveField(() => [ProgrammeBudgetDTO], {
    description: "Budget vs expenditure to date, per year and funding source, over the plans' activities",
  })
  budgets(programme: CountryProgrammeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.budgetsByProgramme.load(programme.id);
  }

  @ResolveField(() => OfficeDTO)
  office(programme: CountryProgrammeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(programme.officeId);
  }
}
