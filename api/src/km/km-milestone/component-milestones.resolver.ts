import DataLoader from 'dataloader';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import type { RequestWithActor } from '#src/platform/auth/access.guard.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import type { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { KmMilestoneDTO } from '#src/km/km-milestone/dto/km-milestone.dto.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';

/** Milestones linked to the components in $1, of the offices in $2 (null: every office), oldest first. */
const LINKED_SQL = `
SELECT l.component_id AS "componentId", m.id AS "milestoneId"
  FROM km_milestone_component l JOIN km_milestone m ON m.id = l.milestone_id
 WHERE l.component_id = ANY($1::int[]) AND ($2::int[] IS NULL OR m.office_id = ANY($2::int[]))
 ORDER BY m.start_date, m.id`;

/**
 * A component's page lists the KM milestones that advance it, within the caller's offices: one
 * loader per request (the caller's scope), so a list of components costs two statements.
 */
@Resolver(() => IndicatorComponentDTO)
export class ComponentMilestonesResolver {
  private readonly loaders = new WeakMap<object, DataLoader<number, KmMilestoneEntity[]>>();

  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [KmMilestoneDTO], {
    description: "The KM milestones that advance it, of the caller's offices, oldest first",
  })
  kmMilestones(component: IndicatorComponentEntity, _args: unknown, { req }: GraphQLContext) {
    // The AccessGuard authenticated the operation this field belongs to (docs/adr/0009).
    const actor = (req as RequestWithActor).actor;
    if (!actor) return [];
    let loader = this.loaders.get(req);
    if (!loader) {
      const offices = actor.readableOfficeIds();
      loader = new DataLoader(async (componentIds: readonly number[]) => {
        const pairs = (await this.dataSource.query(LINKED_SQL, [[...componentIds], offices])) as {
          componentId: number;
          milestoneId: number;
        }[];
        const ids = [...new Set(pairs.map((pair) => pair.milestoneId))];
        const milestones = ids.length ? await this.dataSource.manager.findBy(KmMilestoneEntity, { id: In(ids) }) : [];
        const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
        return componentIds.map((id) =>
          pairs.filter((pair) => pair.componentId === id).map((pair) => byId.get(pair.milestoneId)!),
        );
      });
      this.loaders.set(req, loader);
    }
    return loader.load(component.id);
  }
}
