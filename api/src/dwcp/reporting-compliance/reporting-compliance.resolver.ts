import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import {
  ReportingComplianceArgs,
  ReportingComplianceDTO,
} from '#src/dwcp/reporting-compliance/dto/reporting-compliance.dto.js';
import { ReportingComplianceService } from '#src/dwcp/reporting-compliance/reporting-compliance.service.js';

@Resolver(() => ReportingComplianceDTO)
export class ReportingComplianceResolver {
  constructor(private readonly compliance: ReportingComplianceService) {}

  @Allow(Role.ADMIN, Role.REGIONAL_MANAGER, Role.KM_OFFICER, Role.PROGRAMME_OFFICER)
  @Query(() => ReportingComplianceDTO, {
    description: 'Per programme and quarter: report status and whether it came on time',
  })
  reportingCompliance(@CurrentActor() actor: Actor, @Args() { periodIds, officeId }: ReportingComplianceArgs) {
    return this.compliance.compliance(actor, periodIds, officeId ?? null);
  }
}
