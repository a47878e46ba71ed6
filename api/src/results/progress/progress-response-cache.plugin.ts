import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestWithActor } from '#src/platform/auth/access.guard.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { ActorLoader } from '#src/platform/auth/actor.loader.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { DataRevision } from '#src/results/progress/data-revision.service.js';
import { ProgressCache } from '#src/results/progress/progress-cache.js';

type ResponseData = Record<string, unknown>;

// A dashboard answer is about 1,000 rows of 20 fields: executing GraphQL over it costs more than
// everything else in the request, so whole answers are kept for repeated identical questions.
const CACHED_RESPONSES = 32;
const CACHEABLE_FIELDS = new Set(['indicatorProgress']);

/** True when every root field of the operation is one whose answer depends only on progress data. */
function asksOnlyProgress(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && CACHEABLE_FIELDS.has(selection.name.value) && !selection.directives?.length,
    )
  );
}

interface CachedAnswer {
  data: ResponseData;
  /** The HTTP body, made on the first repeat (progress-fast-path.middleware.ts). */
  body?: string;
}

export interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Answers a repeated dashboard question from memory while the data revision stands still. The
 * caller is still authenticated against the database on every request, and the key holds what
 * decides the answer for them (role and readable offices), so a change to a user's rights takes
 * effect at once; a change to the data moves the revision. Anything else runs as usual.
 */
@Plugin()
export class ProgressResponseCache implements ApolloServerPlugin<GraphQLContext> {
  private readonly cache = new ProgressCache<CachedAnswer>(CACHED_RESPONSES);
  /** Query texts answered at least once, so that other requests skip the lookup at no cost. */
  private readonly knownQueries = new Set<string>();

  constructor(
    private readonly actors: ActorLoader,
    private readonly revision: DataRevision,
  ) {}

  /**
   * The kept answer to this request, for its caller, at the current revision; undefined when
   * there is none, the query was never answered, or the caller cannot be authenticated (Apollo
   * then answers with the reason).
   */
  async lookup(req: RequestWithActor, body: GraphQLBody): Promise<{ answer: CachedAnswer } | undefined> {
    if (typeof body.query !== 'string' || !this.knownQueries.has(body.query)) return undefined;
    const found = await this.find(req, body);
    return found?.answer ? { answer: found.answer } : undefined;
  }

  /**
   * The caller's key, the revision read for this request and the answer kept for both, if any;
   * undefined when the caller cannot be authenticated or the database cannot be reached (the
   * resolvers then answer with the reason, a 401 or a 503).
   */
  private async find(
    req: RequestWithActor & { dataRevision?: Promise<string> },
    body: GraphQLBody,
  ): Promise<{ key: string; revision: string; answer?: CachedAnswer } | undefined> {
    try {
      // The access guard reuses this promise, so a miss does not load the user twice; the
      // revision is read once per request, though the fast path and the plugin both ask.
      req.actorLoading ??= this.actors.fromAuthorizationHeader(req.headers.authorization);
      const key = keyOf(await req.actorLoading, body);
      req.dataRevision ??= this.revision.current();
      const revision = await req.dataRevision;
      return { key, revision, answer: this.cache.get(key, revision) };
    } catch {
      return undefined;
    }
  }

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    let pending: { key: string; revision: string; query: string } | undefined;
    return {
      responseForOperation: async ({ operation, request, contextValue }): Promise<GraphQLResponse | null> => {
        if (!asksOnlyProgress(operation) || !request.query) return null;
        const found = await this.find(contextValue.req as RequestWithActor, request);
        if (!found) return null;
        if (found.answer) {
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: found.answer.data } },
          };
        }
        pending = { key: found.key, revision: found.revision, query: request.query };
        return null;
      },
      willSendResponse: async ({ response }) => {
        if (!pending || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        // Stored under the revision read before execution: at worst it is newer than its label,
        // which only costs a miss later, never a stale answer.
        if (data && !errors?.length) {
          this.cache.set(pending.key, pending.revision, { data });
          this.knownQueries.add(pending.query);
        }
      },
    };
  }
}

/** What decides an answer: who asks (role and readable offices as loaded now) and what. */
function keyOf(actor: Actor, request: GraphQLBody): string {
  return JSON.stringify([
    actor.role,
    actor.readableOfficeIds(),
    request.query,
    request.operationName ?? null,
    request.variables ?? {},
  ]);
}
