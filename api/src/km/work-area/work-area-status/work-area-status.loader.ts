import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byParentLoader } from '#src/common/dataloader/loader.util.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';

/** The statuses an update reports: those of its office's areas for its quarter, by area number. */
const STATUSES_OF_UPDATES_SQL = `
SELECT u.id AS "updateId", s.id AS "statusId"
  FROM quarterly_update u
  JOIN work_area a ON a.office_id = u.office_id
  JOIN work_area_status s ON s.work_area_id = a.id AND s.period_id = u.period_id
 WHERE u.id = ANY($1::int[])
 ORDER BY a.number, a.id`;

function statusesByUpdateLoader(dataSource: DataSource) {
  return new DataLoader<number, WorkAreaStatusEntity[]>(async (updateIds) => {
    const pairs = (await dataSource.query(STATUSES_OF_UPDATES_SQL, [[...updateIds]])) as {
      updateId: number;
      statusId: number;
    }[];
    const ids = pairs.map((pair) => pair.statusId);
    const statuses = ids.length ? await dataSource.getRepository(WorkAreaStatusEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(statuses.map((status) => [status.id, status]));
    const byUpdate = new Map<number, WorkAreaStatusEntity[]>(updateIds.map((id) => [id, []]));
    pairs.forEach((pair) => byUpdate.get(pair.updateId)?.push(byId.get(pair.statusId)!));
    return updateIds.map((id) => byUpdate.get(id) ?? []);
  });
}

export const createWorkAreaStatusLoaders = (dataSource: DataSource) => ({
  statusesByWorkArea: byParentLoader(dataSource, WorkAreaStatusEntity, 'workAreaId', 'periodId'),
  workAreaStatusesByUpdate: statusesByUpdateLoader(dataSource),
});
