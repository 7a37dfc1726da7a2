import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { UnauthenticatedError } from '../common/errors';
import { databaseFault, RETRY_AFTER_SECONDS } from '../db/faults';
import { replicaFailure } from '../db/replicas';
import { RequestContext } from '../request/context';
import { clientErrorOf, formatError } from './errors';
import { DocumentNode, GraphQLError, validate } from 'graphql';
import { referenceTree } from '../seed/reference.seed';
import { DEFAULT_MAX_QUERY_COST } from '../config';
import { queryCost, shapeOf, tooComplex, TreeShape } from './cost';
import { limitsRule, QueryLimits } from './limits';
import { badTextError, findBadText } from './text';
import { responseCache } from './response-cache';
import { buildAppSchema } from './schema';

/**
 * A request that needed credentials it did not have answers HTTP 401, as
 * GraphQL over HTTP expects; one that met a database fault (a statement over
 * its time limit, a database busy or unreachable) answers 503 with
 * Retry-After, never 200.
 */
const errorStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response, contextValue }) {
        // the first database failure, for the server to serve a read again on the primary when a replica failed it
        const failed = errors?.map((e) => unwrapResolverError(e)).find((e) => databaseFault(e) !== null || replicaFailure(e));
        if (failed !== undefined) contextValue.operation.failure ??= failed;
        if (errors?.some((e) => clientErrorOf(e) instanceof UnauthenticatedError)) response.http.status = 401;
        else if (errors?.some((e) => databaseFault(unwrapResolverError(e)) !== null)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};

/**
 * The operation on the request's context (its OperationTrace): its type and
 * name once Apollo knows them, and the error codes the client gets, for the
 * request log. The request deadline spares a mutation that has started, and a
 * mutation whose request has already been answered TIMEOUT (or whose client
 * has gone) does not start, so that no write commits unacknowledged.
 */
const operationTrace: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (sent?.length) contextValue.operation.errors = sent.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      },
      async didResolveOperation({ operation, operationName, contextValue }) {
        contextValue.operation.kind = operation?.operation;
        contextValue.operation.name = operationName ?? undefined;
        if (operation?.operation === 'mutation' && contextValue.signal?.aborted) {
          throw new GraphQLError('the request was answered or abandoned before this write started: nothing was written', {
            extensions: { code: 'TIMEOUT', http: { status: 503 } },
          });
        }
      },
    };
  },
};

/** The response header (and `extensions` key) of a write's commit LSN, which a client sends back to read its own write. */
export const COMMIT_LSN_HEADER = 'x-commit-lsn';

/**
 * Read-your-writes with replicas: every mutation's answer carries the
 * primary's WAL position once it has committed (X-Commit-LSN and
 * extensions.commitLsn). A read that sends it back in X-Commit-LSN is served
 * by a replica only once that replica has replayed it (src/db/replicas.ts).
 */
const commitLsn: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, operation }) {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        try {
          // the mutation's context is the primary's: its WAL position now is at or past the write's commit
          const [row] = await contextValue.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
          response.http.headers.set(COMMIT_LSN_HEADER, row.lsn);
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, commitLsn: row.lsn };
        } catch {
          // the primary went away after the write: the answer still goes out, without the position
        }
      },
    };
  },
};

let referenceShape: TreeShape | undefined;

/** The shape of the reference office tree (the product's own copy of it), computed once. */
export function referenceTreeShape(): TreeShape {
  referenceShape ??= shapeOf(referenceTree());
  return referenceShape;
}

/**
 * The limits on what one request may cost, checked once the operation is
 * known and before anything runs: the depth and field count of the query's
 * text, then its estimated cost (src/graphql/cost.ts). A request over a limit
 * is refused with QUERY_TOO_COMPLEX and HTTP 400: no resolver runs and no SQL
 * is sent.
 */
function costLimits(limits: QueryLimits, shape: () => TreeShape): ApolloServerPlugin<RequestContext> {
  const refuse = (error: GraphQLError): never => {
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  };
  const maxCost = limits.maxCost ?? DEFAULT_MAX_QUERY_COST;
  // Apollo hands the same DocumentNode for the same query text (its document cache), so what depends
  // on the document alone is checked once per document, and a cost once per document, operation,
  // variables and tree shape (a new shape is a new object): about 0.25 ms of every request
  const limitErrors = new WeakMap<DocumentNode, GraphQLError | null>();
  const costs = new WeakMap<TreeShape, WeakMap<DocumentNode, Map<string, number | null>>>();
  const MAX_COSTS_PER_DOCUMENT = 256;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, schema }) {
          const bad = findBadText(document, request.variables);
          if (bad) throw badTextError(bad);
          let limitError = limitErrors.get(document);
          if (limitError === undefined) {
            limitError = validate(schema, document as DocumentNode, [limitsRule(limits)])[0] ?? null;
            limitErrors.set(document, limitError);
          }
          if (limitError) refuse(limitError);
          const treeShape = shape();
          let byDocument = costs.get(treeShape);
          if (!byDocument) costs.set(treeShape, (byDocument = new WeakMap()));
          let known = byDocument.get(document);
          if (!known) byDocument.set(document, (known = new Map()));
          const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = known.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, treeShape, request.variables ?? {}, operationName ?? undefined);
            } catch (e) {
              // variables that do not fit the operation: Apollo refuses them before anything runs
              if (!(e instanceof GraphQLError)) throw e;
              cost = null;
            }
            if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
            known.set(key, cost);
          }
          if (cost !== null && cost > maxCost) refuse(tooComplex(cost, maxCost));
        },
      };
    },
  };
}

/** The Apollo server of the schema, with the cost limits and the error formatting. */
export function createApollo(
  limits: QueryLimits,
  options: { log?: (e: unknown) => void; responseCacheMb?: number; shape?: () => TreeShape } = {},
): ApolloServer<RequestContext> {
  const { log, responseCacheMb = 0, shape = referenceTreeShape } = options;
  return new ApolloServer<RequestContext>({
    schema: buildAppSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server, the database connections and the embedded PostgreSQL in order on
    // SIGINT/SIGTERM; Apollo's own handlers would race it (and re-raise the signal)
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    // cache control, installed by default, hooks every field of every response; the response cache
    // sets one policy per operation instead
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      errorStatus,
      operationTrace,
      commitLsn,
      costLimits(limits, shape),
      ...responseCache(responseCacheMb),
    ],
  });
}
