import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserDTO } from '#src/platform/user/dto/user.dto.js';

@ObjectType('LoginResult')
export class LoginResultDTO {
  @Field({ description: 'Send as Authorization: Bearer <token>' })
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => UserDTO)
  user: UserDTO;
}
