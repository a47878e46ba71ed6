import type { OnModuleInit, Type } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ObjectLiteral } from 'typeorm';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import type { Role } from '#src/platform/auth/role.enum.js';
import { ListArgs } from '#src/common/crud/list-args.js';
import { ListMetadataDTO } from '#src/common/crud/list-metadata.dto.js';
import type { CrudService } from '#src/common/crud/crud.service.js';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';

export interface CrudAccess {
  /** X(id), allXs, _allXsMeta: the service still narrows what each actor sees. */
  read: readonly Role[];
  /** createX, updateX, deleteX: the service still checks the actor's offices. */
  write: readonly Role[];
}

export interface CrudResolverOptions {
  /** GraphQL type name, which is also the react-admin resource name: "Indicator". */
  name: string;
  /** As react-admin pluralizes it: "Indicators" gives allIndicators and _allIndicatorsMeta. */
  plural: string;
  dto: Type<unknown>;
  filter: Type<unknown>;
  createArgs: Type<unknown>;
  updateArgs: Type<unknown>;
  access: CrudAccess;
}

type Record = ObjectLiteral & { id: number };

export interface CrudResolverHost<E extends Record> {
  one(actor: Actor, id: string): Promise<E | null>;
  all(actor: Actor, list: ListArgs, filter?: object): Promise<E[]>;
  meta(actor: Actor, list: ListArgs, filter?: object): Promise<ListMetadataDTO>;
  create(actor: Actor, args: object): Promise<E>;
  update(actor: Actor, args: { id: string }): Promise<E>;
  remove(actor: Actor, id: string): Promise<E>;
}

/**
 * The six operations react-admin's ra-data-graphql-simple expects for a resource X:
 * X(id), allXs, _allXsMeta, createX, updateX and deleteX, with flat arguments, each with its
 * access rule.
 */
export function CrudResolver<E extends Record>(options: CrudResolverOptions): Type<CrudResolverHost<E>> {
  const { name, plural, dto, filter, createArgs, updateArgs, access } = options;
  const filterArg = () => Args('filter', { type: () => filter, nullable: true }, argsValidationPipe(filter, 'filter'));

  @Resolver(() => dto, { isAbstract: true })
  abstract class CrudResolverBase implements CrudResolverHost<E>, OnModuleInit {
    protected abstract readonly service: CrudService<E, object, object>;

    /** The record's history (auditTrail) answers whoever X(id) answers, and no one else. */
    onModuleInit(): void {
      this.service.registerHistoryReader(access.read);
    }

    @Allow(...access.read)
    @Query(() => dto, { name, nullable: true })
    one(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<E | null> {
      return this.service.findOne(actor, id);
    }

    @Allow(...access.read)
    @Query(() => [dto], { name: `all${plural}` })
    all(
      @CurrentActor() actor: Actor,
      @Args({ type: () => ListArgs }, argsValidationPipe(ListArgs)) list: ListArgs,
      @filterArg() filterValue?: object,
    ): Promise<E[]> {
      return this.service.list(actor, list, filterValue as globalThis.Record<string, unknown>);
    }

    @Allow(...access.read)
    @Query(() => ListMetadataDTO, { name: `_all${plural}Meta` })
    async meta(
      @CurrentActor() actor: Actor,
      @Args({ type: () => ListArgs }, argsValidationPipe(ListArgs)) _list: ListArgs,
      @filterArg() filterValue?: object,
    ): Promise<ListMetadataDTO> {
      return { count: await this.service.count(actor, filterValue as globalThis.Record<string, unknown>) };
    }

    @Allow(...access.write)
    @Mutation(() => dto, { name: `create${name}` })
    create(
      @CurrentActor() actor: Actor,
      @Args({ type: () => createArgs }, argsValidationPipe(createArgs)) args: object,
    ): Promise<E> {
      return this.service.create(actor, args);
    }

    @Allow(...access.write)
    @Mutation(() => dto, { name: `update${name}` })
    update(
      @CurrentActor() actor: Actor,
      @Args({ type: () => updateArgs }, argsValidationPipe(updateArgs)) args: { id: string },
    ): Promise<E> {
      const { id, ...changes } = args;
      return this.service.update(actor, id, changes);
    }

    @Allow(...access.write)
    @Mutation(() => dto, { name: `delete${name}` })
    remove(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<E> {
      return this.service.remove(actor, id);
    }
  }

  return CrudResolverBase as unknown as Type<CrudResolverHost<E>>;
}
