import type { Type } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ObjectLiteral } from 'typeorm';
import { ListArgs } from '#src/common/crud/list-args.js';
import { ListMetadataDTO } from '#src/common/crud/list-metadata.dto.js';
import type { CrudService } from '#src/common/crud/crud.service.js';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';

export interface CrudResolverOptions {
  /** GraphQL type name, which is also the react-admin resource name: "Indicator". */
  name: string;
  /** As react-admin pluralizes it: "Indicators" gives allIndicators and _allIndicatorsMeta. */
  plural: string;
  dto: Type<unknown>;
  filter: Type<unknown>;
  createArgs: Type<unknown>;
  updateArgs: Type<unknown>;
}

type Record = ObjectLiteral & { id: number };

export interface CrudResolverHost<E extends Record> {
  one(id: string): Promise<E | null>;
  all(list: ListArgs, filter?: object): Promise<E[]>;
  meta(list: ListArgs, filter?: object): Promise<ListMetadataDTO>;
  create(args: object): Promise<E>;
  update(args: { id: string }): Promise<E>;
  remove(id: string): Promise<E>;
}

/**
 * The six operations react-admin's ra-data-graphql-simple expects for a resource X:
 * X(id), allXs, _allXsMeta, createX, updateX and deleteX, with flat arguments.
 */
export function CrudResolver<E extends Record>(options: CrudResolverOptions): Type<CrudResolverHost<E>> {
  const { name, plural, dto, filter, createArgs, updateArgs } = options;

  @Resolver(() => dto, { isAbstract: true })
  abstract class CrudResolverBase implements CrudResolverHost<E> {
    protected abstract readonly service: CrudService<E, object, object>;

    @Query(() => dto, { name, nullable: true })
    one(@Args('id', { type: () => ID }) id: string): Promise<E | null> {
      return this.service.findOne(id);
    }

    @Query(() => [dto], { name: `all${plural}` })
    all(
      @Args({ type: () => ListArgs }, argsValidationPipe(ListArgs)) list: ListArgs,
      @Args('filter', { type: () => filter, nullable: true }, argsValidationPipe(filter, 'filter'))
      filterValue?: object,
    ): Promise<E[]> {
      return this.service.list(list, filterValue as globalThis.Record<string, unknown>);
    }

    @Query(() => ListMetadataDTO, { name: `_all${plural}Meta` })
    async meta(
      @Args({ type: () => ListArgs }, argsValidationPipe(ListArgs)) _list: ListArgs,
      @Args('filter', { type: () => filter, nullable: true }, argsValidationPipe(filter, 'filter'))
      filterValue?: object,
    ): Promise<ListMetadataDTO> {
      return { count: await this.service.count(filterValue as globalThis.Record<string, unknown>) };
    }

    @Mutation(() => dto, { name: `create${name}` })
    create(@Args({ type: () => createArgs }, argsValidationPipe(createArgs)) args: object): Promise<E> {
      return this.service.create(args);
    }

    @Mutation(() => dto, { name: `update${name}` })
    update(@Args({ type: () => updateArgs }, argsValidationPipe(updateArgs)) args: { id: string }): Promise<E> {
      const { id, ...changes } = args;
      return this.service.update(id, changes);
    }

    @Mutation(() => dto, { name: `delete${name}` })
    remove(@Args('id', { type: () => ID }) id: string): Promise<E> {
      return this.service.remove(id);
    }
  }

  return CrudResolverBase as unknown as Type<CrudResolverHost<E>>;
}
