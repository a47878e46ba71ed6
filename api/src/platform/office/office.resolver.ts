import { ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Role } from '#src/platform/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { CreateOfficeArgs } from '#src/platform/office/dto/create-office.args.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import { OfficeFilter } from '#src/platform/office/dto/office-filter.input.js';
import { UpdateOfficeArgs } from '#src/platform/office/dto/update-office.args.js';
import type { OfficeEntity } from '#src/platform/office/office.entity.js';
import { OfficeService } from '#src/platform/office/office.service.js';

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
