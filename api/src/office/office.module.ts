import { Module } from '@nestjs/common';
import { OfficeResolver } from '#src/office/office.resolver.js';
import { OfficeService } from '#src/office/office.service.js';

@Module({
  providers: [OfficeService, OfficeResolver],
  exports: [OfficeService],
})
export class OfficeModule {}
