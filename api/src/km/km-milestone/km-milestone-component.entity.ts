import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { TimestampedEntity } from '#src/platform/database/timestamped.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';

/**
 * A KM milestone advances an indicator component. The link keeps its milestone's office (a
 * composite foreign key to km_milestone (id, office_id) holds it equal) so that it is audited
 * under that office.
 */
@Entity('km_milestone_component')
@Unique('km_milestone_component_unique', ['milestoneId', 'componentId'])
@Index('km_milestone_component_component', ['componentId'])
export class KmMilestoneComponentEntity extends TimestampedEntity {
  @Column({ type: 'int' })
  milestoneId: number;

  @ManyToOne(() => KmMilestoneEntity, { onDelete: 'CASCADE', createForeignKeyConstraints: false })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: Relation<KmMilestoneEntity>;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  componentId: number;

  @ManyToOne(() => IndicatorComponentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'component_id' })
  component?: Relation<IndicatorComponentEntity>;
}
