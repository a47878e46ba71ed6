import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupByParent } from '#src/common/dataloader/loader.util.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';

/**
 * An indicator's components come with their intermediate targets, read beside them in the same
 * round trip: list pages show both, and a third sequential statement cost more than the read.
 */
export const createIndicatorComponentLoaders = (
  dataSource: DataSource,
  intermediateTargetsByComponent: DataLoader<number, IntermediateTargetEntity[]>,
) => ({
  componentById: byIdLoader(dataSource, IndicatorComponentEntity),
  componentsByIndicator: new DataLoader<number, IndicatorComponentEntity[]>(async (indicatorIds) => {
    const [components, targets] = await Promise.all([
      dataSource.getRepository(IndicatorComponentEntity).find({
        where: { indicatorId: In([...indicatorIds]) },
        order: { position: 'ASC', id: 'ASC' },
      }),
      dataSource
        .getRepository(IntermediateTargetEntity)
        .createQueryBuilder('t')
        .innerJoin('t.component', 'c')
        .where('c.indicatorId IN (:...indicatorIds)', { indicatorIds })
        .orderBy('t.periodId', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getMany(),
    ]);
    const componentIds = components.map((component) => component.id);
    groupByParent(componentIds, targets, 'componentId').forEach((own, index) =>
      intermediateTargetsByComponent.prime(componentIds[index]!, own),
    );
    return groupByParent(indicatorIds, components, 'indicatorId');
  }),
});
