import { Module } from '@nestjs/common';
import { ReportingComplianceResolver } from '#src/dwcp/reporting-compliance/reporting-compliance.resolver.js';
import { ReportingComplianceService } from '#src/dwcp/reporting-compliance/reporting-compliance.service.js';

@Module({
  providers: [ReportingComplianceService, ReportingComplianceResolver],
  exports: [ReportingComplianceService],
})
export class ReportingComplianceModule {}
