import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';

/** Milestones of the update's office reached (ended, or on their single day) within its quarter. */
const MILESTONES_OF_UPDATES_SQL = `
SELECT u.id AS "updateId", m.id AS "milestoneId"
  FROM quarterly_update u
  JOIN reporting_period p ON p.id = u.period_id
  JOIN km_milestone m ON m.office_id = u.office_id
   AND COALESCE(m.end_date, m.start_date) BETWEEN p.start_date AND p.end_date
 WHERE u.id = ANY($1::int[])
 ORDER BY m.start_date, m.id`;

function milestonesByUpdateLoader(dataSource: DataSource) {
  return new DataLoader<number, KmMilestoneEntity[]>(async (updateIds) => {
    const pairs = (await dataSource.query(MILESTONES_OF_UPDATES_SQL, [[...updateIds]])) as {
      updateId: number;
      milestoneId: number;
    }[];
    const ids = [...new Set(pairs.map((pair) => pair.milestoneId))];
    const milestones = ids.length ? await dataSource.getRepository(KmMilestoneEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    const byUpdate = new Map<number, KmMilestoneEntity[]>(updateIds.map((id) => [id, []]));
    pairs.forEach((pair) => byUpdate.get(pair.updateId)?.push(byId.get(pair.milestoneId)!));
    return updateIds.map((id) => byUpdate.get(id) ?? []);
  });
}

/** The ids of the components each milestone advances, in framework order. */
function componentIdsByMilestoneLoader(dataSource: DataSource) {
  return new DataLoader<number, number[]>(async (milestoneIds) => {
    const rows = (await dataSource.query(
      `SELECT l.milestone_id AS "milestoneId", l.component_id AS "componentId"
         FROM km_milestone_component l
         JOIN indicator_component c ON c.id = l.component_id
         JOIN indicator i ON i.id = c.indicator_id
         JOIN outcome o ON o.id = i.outcome_id
        WHERE l.milestone_id = ANY($1::int[])
        ORDER BY o.number, i.code, c.position`,
      [[...milestoneIds]],
    )) as { milestoneId: number; componentId: number }[];
    return milestoneIds.map((id) => rows.filter((row) => row.milestoneId === id).map((row) => row.componentId));
  });
}

/** The milestones linked to each component; scoped to the caller's offices by the resolver. */
function milestoneIdsByComponentLoader(dataSource: DataSource) {
  return new DataLoader<number, number[]>(async (componentIds) => {
    const rows = (await dataSource.query(
      `SELECT l.component_id AS "componentId", l.milestone_id AS "milestoneId"
         FROM km_milestone_component l JOIN km_milestone m ON m.id = l.milestone_id
        WHERE l.component_id = ANY($1::int[]) ORDER BY m.start_date, m.id`,
      [[...componentIds]],
    )) as { milestoneId: number; componentId: number }[];
    return componentIds.map((id) => rows.filter((row) => row.componentId === id).map((row) => row.milestoneId));
  });
}

export const createKmMilestoneLoaders = (dataSource: DataSource) => ({
  milestonesByUpdate: milestonesByUpdateLoader(dataSource),
  componentIdsByMilestone: componentIdsByMilestoneLoader(dataSource),
  milestoneIdsByComponent: milestoneIdsByComponentLoader(dataSource),
});
