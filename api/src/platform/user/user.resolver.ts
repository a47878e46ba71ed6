import { ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '#src/platform/auth/role.enum.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OfficeDTO } from '#src/platform/office/dto/office.dto.js';
import type { OfficeEntity } from '#src/platform/office/office.entity.js';
import { CreateUserArgs } from '#src/platform/user/dto/create-user.args.js';
import { UpdateUserArgs } from '#src/platform/user/dto/update-user.args.js';
import { UserDTO } from '#src/platform/user/dto/user.dto.js';
import { UserFilter } from '#src/platform/user/dto/user-filter.input.js';
import type { UserEntity } from '#src/platform/user/user.entity.js';
import { UserService } from '#src/platform/user/user.service.js';

@Resolver(() => UserDTO)
export class UserResolver extends CrudResolver<UserEntity>({
  name: 'User',
  plural: 'Users',
  dto: UserDTO,
  filter: UserFilter,
  createArgs: CreateUserArgs,
  updateArgs: UpdateUserArgs,
  access: { read: [Role.ADMIN], write: [Role.ADMIN] },
}) {
  constructor(protected readonly service: UserService) {
    super();
  }

  @ResolveField(() => [OfficeDTO])
  async offices(user: UserEntity, _args: unknown, { loaders }: GraphQLContext) {
    const offices = await loaders.officeById.loadMany(user.officeIds);
    return offices.filter((office): office is OfficeEntity => office !== null && !(office instanceof Error));
  }
}
