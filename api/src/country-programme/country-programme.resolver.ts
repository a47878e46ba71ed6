import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { CountryProgrammeEntity } from '#src/country-programme/country-programme.entity.js';
import { CountryProgrammeService } from '#src/country-programme/country-programme.service.js';
import {
  CreateCountryProgrammeArgs,
  UpdateCountryProgrammeArgs,
} from '#src/country-programme/dto/country-programme.args.js';
import { CountryProgrammeDTO } from '#src/country-programme/dto/country-programme.dto.js';
import { CountryProgrammeFilter } from '#src/country-programme/dto/country-programme-filter.input.js';
import { DWCP_ACCESS } from '#src/country-programme/dwcp-access.js';
import type { GraphQLContext } from '#src/dataloader/graphql-context.js';
import { OfficeDTO } from '#src/office/dto/office.dto.js';

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

  @ResolveField(() => OfficeDTO)
  office(programme: CountryProgrammeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officeById.load(programme.officeId);
  }
}
