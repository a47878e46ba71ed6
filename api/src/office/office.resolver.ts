import { ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '#src/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/dataloader/graphql-context.js';
import { CreateOfficeArgs } from '#src/office/dto/create-office.args.js';
import { OfficeDTO } from '#src/office/dto/office.dto.js';
import { OfficeFilter } from '#src/office/dto/office-filter.input.js';
import { UpdateOfficeArgs } from '#src/office/dto/update-office.args.js';
import type { OfficeEntity } from '#src/office/office.entity.js';
import { OfficeService } from '#src/office/office.service.js';

@Resolver(() => OfficeDTO)
export class OfficeResolver extends CrudResolver<OfficeEntity>({
  name: 'Office',
  plural: 'Offices',
  dto: OfficeDTO,
  filter: OfficeFilter,
  createArgs: CreateOfficeArgs,
  updateArgs: UpdateOfficeArgs,
  access: { read: ALL_ROLES, write: [Role.ADMIN] },
}) {
  constructor(protected readonly service: OfficeService) {
    super();
  }

  @ResolveField(() => OfficeDTO, { nullable: true })
  parent(office: OfficeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return office.parentId === null ? null : loaders.officeById.load(office.parentId);
  }

  @ResolveField(() => [OfficeDTO])
  children(office: OfficeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.officesByParent.load(office.id);
  }
}
