import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { CopyResultsFrameworkArgs } from '#src/results/results-framework/dto/copy-results-framework.args.js';
import {
  COPY_COMPONENTS_SQL,
  COPY_INDICATORS_SQL,
  COPY_OFFICE_TARGETS_SQL,
  COPY_OUTCOMES_SQL,
  INSERT_FRAMEWORK_VERSION_SQL,
} from '#src/results/results-framework/framework-copy.sql.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

/**
 * Checks that `source` (locked by the caller) may have the new version `input` describes: a period
 * of its own, after the source's, and no other next version yet.
 */
export async function checkNewVersion(
  manager: EntityManager,
  source: ResultsFrameworkEntity,
  input: CopyResultsFrameworkArgs,
): Promise<void> {
  if (input.endDate <= input.startDate) {
    throw InputError.field('endDate', `must be after startDate (${input.startDate})`);
  }
  // Versions follow each other: a period counted by two versions would be charted twice.
  if (input.startDate <= source.endDate) {
    throw InputError.field(
      'startDate',
      `must be after the end of "${source.title}" (${source.endDate}): a new version follows the one it continues`,
    );
  }
  const successor = await manager.findOneBy(ResultsFrameworkEntity, { predecessorId: source.id });
  if (successor) {
    throw new ConflictError('id', `"${source.title}" already has a next version: "${successor.title}"`);
  }
}

/**
 * Copies the framework's outcomes, indicators (each linked to the one it copies), components and
 * their latest targets (the region's and each office's) into a new framework linked to it, in set-based statements (framework-copy.sql.ts); results and
 * intermediate targets stay with the source. Runs in the caller's transaction.
 */
export async function copyFramework(
  manager: EntityManager,
  source: ResultsFrameworkEntity,
  input: CopyResultsFrameworkArgs,
  actor: Actor,
): Promise<ResultsFrameworkEntity> {
  const inserted = (await manager.query(INSERT_FRAMEWORK_VERSION_SQL, [
    source.id,
    input.title.trim(),
    input.description ?? null,
    input.startDate,
    input.endDate,
  ])) as { id: number }[];
  const id = inserted[0]!.id;
  await manager.query(COPY_OUTCOMES_SQL, [source.id, id]);
  await manager.query(COPY_INDICATORS_SQL, [source.id, id]);
  await manager.query(COPY_COMPONENTS_SQL, [id]);
  await manager.query(COPY_OFFICE_TARGETS_SQL, [id, actor.userId, `Carried over from "${source.title}"`]);
  return manager.findOneByOrFail(ResultsFrameworkEntity, { id });
}
