/**
 * Whole answers to queries, kept in memory and keyed by what they depend on:
 * the operation and its variables, the data version read from PostgreSQL at
 * the start of the request (src/db/data-version.ts), the caller's read scope
 * and today's date in Jakarta. Every committed write raises the data version,
 * so a request that starts after a write is acknowledged can only find
 * answers computed after it, whichever process wrote and whichever serves.
 *
 * @apollo/server-plugin-response-cache does the keying and storing. It caches
 * only what the overall cache policy allows; instead of Apollo's cache-control
 * plugin, which hooks every field of every answer, one hook below gives every
 * query the same policy. No Cache-Control header is sent: browsers and proxies
 * cannot know the data version, so they must not keep answers.
 *
 * Mutations, answers with errors and partial answers are never stored.
 */
import { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { todayInJakarta } from '../calendar/calendar';
import { RequestContext } from '../request/context';

/** An entry outlives its data version only until the LRU drops it or this passes. */
const MAX_AGE_SECONDS = 600;

/** Every query's answer may be stored (for MAX_AGE_SECONDS; the key, not the age, keeps it right). */
const cacheableQueries: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, overallCachePolicy }) {
        if (operation?.operation === 'query') overallCachePolicy.replace({ maxAge: MAX_AGE_SECONDS, scope: 'PUBLIC' });
      },
    };
  },
};

/** The plugins of a response cache holding at most `megabytes` of answers. */
export function responseCache(megabytes: number): ApolloServerPlugin<RequestContext>[] {
  if (megabytes <= 0) return [];
  return [
    cacheableQueries,
    responseCachePlugin<RequestContext>({
      // string lengths, which is close to bytes for these answers
      cache: new InMemoryLRUCache({ maxSize: megabytes * 1024 * 1024 }),
      extraCacheKeyData: async ({ contextValue }) => ({
        version: await contextValue.dataVersion(),
        scope: contextValue.access.readScope,
        today: todayInJakarta(),
      }),
    }),
  ];
}
