/**
 * Whether a request's operation is a query, a mutation or a subscription,
 * before Apollo runs it: the server that serves a request is chosen before its
 * context is made (a write goes to the primary, a read may go to a replica).
 * Parsed once per query text (a bounded cache); Apollo parses it again, from
 * its own cache.
 */
import { Kind, OperationTypeNode, parse } from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

const MAX_CACHED = 500;
/** Longer texts are parsed each time rather than kept (500 of the largest bodies would be 2 GB). */
const MAX_CACHED_LENGTH = 20_000;
const operationsOf = new Map<string, { name?: string; kind: OperationKind }[] | null>();

function operations(query: string): { name?: string; kind: OperationKind }[] | null {
  let found = operationsOf.get(query);
  if (found === undefined) {
    try {
      found = parse(query, { noLocation: true })
        .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
        .map((d) => ({ name: d.name?.value, kind: d.operation as OperationTypeNode as OperationKind }));
    } catch {
      found = null; // Apollo answers the syntax error
    }
    if (query.length <= MAX_CACHED_LENGTH) {
      if (operationsOf.size >= MAX_CACHED) operationsOf.delete(operationsOf.keys().next().value!);
      operationsOf.set(query, found);
    }
  }
  return found;
}

/**
 * The kind of the operation a GraphQL-over-HTTP body asks to run; undefined
 * when the body names none that exists (Apollo answers why). A document with
 * several operations and no operationName counts as a mutation if any is one.
 */
export function operationKindOf(body: unknown): OperationKind | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return undefined;
  const ops = operations(query);
  if (!ops || ops.length === 0) return undefined;
  if (typeof operationName === 'string' && operationName !== '') return ops.find((o) => o.name === operationName)?.kind;
  if (ops.length === 1) return ops[0].kind;
  return ops.some((o) => o.kind === 'mutation') ? 'mutation' : ops[0].kind;
}
