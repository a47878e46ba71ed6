import type { EntityManager } from 'typeorm';
import type { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { KNOWLEDGE_STRATEGY } from '#src/datasets/demo/data/knowledge-strategy.data.js';
import { CopyResultsFrameworkArgs } from '#src/results/results-framework/dto/copy-results-framework.args.js';
import { checkNewVersion, copyFramework } from '#src/results/results-framework/framework-copy.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

/**
 * The next biennium's version of the knowledge strategy (seed 004 speaks of the "P&B proposals for
 * 2010-11"), made as copyResultsFramework makes one (framework-copy.ts: same checks, same
 * statements, audited as the administrator's): every outcome, indicator and component, each
 * indicator linked to its predecessor. Left unpublished, a draft being prepared, so that the
 * published 2008-09 strategy stays the one everybody reads.
 */
export const NEXT_VERSION = {
  title: 'ILO knowledge-sharing strategy 2010-11',
  description: 'Draft: the 2008-09 strategy carried over to the 2010-11 biennium, to be revised (demo).',
  startDate: '2010-01-01',
  endDate: '2011-12-31',
};

export async function insertNextFrameworkVersion(
  manager: EntityManager,
  audit: AuditLog,
  admin: Actor,
): Promise<ResultsFrameworkEntity> {
  const source = await manager.findOneByOrFail(ResultsFrameworkEntity, { title: KNOWLEDGE_STRATEGY.title });
  const input = Object.assign(new CopyResultsFrameworkArgs(), { id: String(source.id), ...NEXT_VERSION });
  await audit.actAs(manager, admin, { via: AuditPath.FORM });
  await checkNewVersion(manager, source, input);
  const copy = await copyFramework(manager, source, input, admin);
  // The rest of the demo is the system's again.
  await audit.actAs(manager, null, { via: AuditPath.SYSTEM });
  return copy;
}
