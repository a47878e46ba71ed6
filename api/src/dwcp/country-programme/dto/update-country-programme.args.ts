import { ArgsType } from '@nestjs/graphql';
import { UpdateArgs } from '#src/common/crud/update-args.js';
import { CreateCountryProgrammeArgs } from '#src/dwcp/country-programme/dto/create-country-programme.args.js';

/** The office and country identify a programme and do not change. */
@ArgsType()
export class UpdateCountryProgrammeArgs extends UpdateArgs(CreateCountryProgrammeArgs, ['officeId', 'countryCode']) {}
