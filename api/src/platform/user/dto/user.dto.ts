import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '#src/platform/auth/role.enum.js';
import { Language } from '#src/platform/user/language.enum.js';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

/** A user account; the password hash never leaves the server. */
@ObjectType('User')
export class UserDTO extends TimestampedDTO {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;

  @Field(() => [ID])
  officeIds: number[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Language, { description: 'The interface language, and that of the emails the user receives' })
  language: Language;
}
