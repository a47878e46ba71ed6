import type { RequestWithActor } from '#src/platform/auth/access.guard.js';
import { Role } from '#src/platform/auth/role.enum.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import type { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import type { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

/** Viewers see only published frameworks (published-scope.ts): another version is hidden from them until it is. */
const hiddenFrom = (context: GraphQLContext, framework: ResultsFrameworkEntity | null): boolean =>
  framework === null ||
  ((context.req as RequestWithActor).actor?.role === Role.VIEWER && framework.publishedAt === null);

/** The framework version of that id, or null when there is none or the caller may not see it. */
export async function readableFramework(
  frameworkId: number | null | undefined,
  context: GraphQLContext,
): Promise<ResultsFrameworkEntity | null> {
  if (frameworkId === null || frameworkId === undefined) return null;
  const framework = await context.loaders.frameworkById.load(frameworkId);
  return hiddenFrom(context, framework) ? null : framework;
}

/** The indicator version of that id, or null when there is none or the caller may not see its framework. */
export async function readableIndicator(
  indicator: IndicatorEntity | null | undefined,
  context: GraphQLContext,
): Promise<IndicatorEntity | null> {
  if (!indicator) return null;
  const outcome = await context.loaders.outcomeById.load(indicator.outcomeId);
  return (await readableFramework(outcome?.frameworkId, context)) ? indicator : null;
}
