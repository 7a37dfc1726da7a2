import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { UnauthenticatedError } from '../common/errors';
import { RequestContext } from '../request/context';
import { clientErrorOf, formatError } from './errors';
import { limitsRule, QueryLimits } from './limits';
import { responseCache } from './response-cache';
import { buildAppSchema } from './schema';

/** A request that needed credentials it did not have answers HTTP 401, as GraphQL over HTTP expects. */
const unauthenticatedStatus: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        if (errors?.some((e) => clientErrorOf(e) instanceof UnauthenticatedError)) response.http.status = 401;
      },
    };
  },
};

/** The Apollo server of the schema, with the cost limits and the error formatting. */
export function createApollo(
  limits: QueryLimits,
  options: { log?: (e: unknown) => void; responseCacheMb?: number } = {},
): ApolloServer<RequestContext> {
  const { log, responseCacheMb = 0 } = options;
  return new ApolloServer<RequestContext>({
    schema: buildAppSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server, the database connections and the embedded PostgreSQL in order on
    // SIGINT/SIGTERM; Apollo's own handlers would race it (and re-raise the signal)
    stopOnTerminationSignals: false,
    validationRules: [limitsRule(limits)],
    formatError: (formatted, error) => formatError(formatted, error, log),
    // cache control, installed by default, hooks every field of every response; the response cache
    // sets one policy per operation instead
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      unauthenticatedStatus,
      ...responseCache(responseCacheMb),
    ],
  });
}
