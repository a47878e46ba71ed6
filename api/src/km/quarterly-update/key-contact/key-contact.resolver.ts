import { Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { CreateKeyContactArgs } from '#src/km/quarterly-update/key-contact/dto/create-key-contact.args.js';
import { UpdateKeyContactArgs } from '#src/km/quarterly-update/key-contact/dto/update-key-contact.args.js';
import { KeyContactDTO } from '#src/km/quarterly-update/key-contact/dto/key-contact.dto.js';
import { KeyContactFilter } from '#src/km/quarterly-update/key-contact/dto/key-contact-filter.input.js';
import type { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { KeyContactService } from '#src/km/quarterly-update/key-contact/key-contact.service.js';
import { KM_ACCESS } from '#src/km/km-access.js';

@Resolver(() => KeyContactDTO)
export class KeyContactResolver extends CrudResolver<KeyContactEntity>({
  name: 'KeyContact',
  plural: 'KeyContacts',
  dto: KeyContactDTO,
  filter: KeyContactFilter,
  createArgs: CreateKeyContactArgs,
  updateArgs: UpdateKeyContactArgs,
  access: KM_ACCESS,
}) {
  constructor(protected readonly service: KeyContactService) {
    super();
  }
}
