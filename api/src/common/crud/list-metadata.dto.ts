import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ListMetadata')
export class ListMetadataDTO {
  @Field(() => Int)
  count: number;
}
