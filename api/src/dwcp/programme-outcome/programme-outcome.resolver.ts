import { Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import { CreateProgrammeOutcomeArgs } from '#src/dwcp/programme-outcome/dto/create-programme-outcome.args.js';
import { ProgrammeOutcomeFilter } from '#src/dwcp/programme-outcome/dto/programme-outcome-filter.input.js';
import { UpdateProgrammeOutcomeArgs } from '#src/dwcp/programme-outcome/dto/update-programme-outcome.args.js';
import { ProgrammeOutcomeDTO } from '#src/dwcp/programme-outcome/dto/programme-outcome.dto.js';
import type { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';
import { ProgrammeOutcomeService } from '#src/dwcp/programme-outcome/programme-outcome.service.js';

@Resolver(() => ProgrammeOutcomeDTO)
export class ProgrammeOutcomeResolver extends CrudResolver<ProgrammeOutcomeEntity>({
  name: 'ProgrammeOutcome',
  plural: 'ProgrammeOutcomes',
  dto: ProgrammeOutcomeDTO,
  filter: ProgrammeOutcomeFilter,
  createArgs: CreateProgrammeOutcomeArgs,
  updateArgs: UpdateProgrammeOutcomeArgs,
  access: DWCP_ACCESS,
}) {
  constructor(protected readonly service: ProgrammeOutcomeService) {
    super();
  }
}
