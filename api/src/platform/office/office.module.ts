import { Module } from '@nestjs/common';
import { OfficeResolver } from '#src/platform/office/office.resolver.js';
import { OfficeService } from '#src/platform/office/office.service.js';

@Module({
  providers: [OfficeService, OfficeResolver],
  exports: [OfficeService],
})
export class OfficeModule {}
