import { Global, Module } from '@nestjs/common';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditResolver } from '#src/platform/audit/audit.resolver.js';

@Global()
@Module({ providers: [AuditLog, AuditResolver], exports: [AuditLog] })
export class AuditModule {}
