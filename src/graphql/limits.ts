/**
 * Limits on what one request may cost: a maximum selection depth, and a
 * maximum number of field selections (counting fragments where they are spread).
 */
import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxFields: number;
  /** The most a query may cost (src/graphql/cost.ts); DEFAULT_MAX_QUERY_COST when not given. */
  maxCost?: number;
}

export function limitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    let fields = 0;
    const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
      let deepest = depth;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          fields++;
          if (s.selectionSet) deepest = Math.max(deepest, walk(s.selectionSet, depth + 1, seen));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, walk(s.selectionSet, depth, seen));
        } else {
          const f = fragments.get(s.name.value);
          if (f && !seen.has(f.name.value)) deepest = Math.max(deepest, walk(f.selectionSet, depth, new Set([...seen, f.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        fields = 0;
        const depth = walk(op.selectionSet, 1, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`query is ${depth} levels deep; the limit is ${limits.maxDepth}`, {
              nodes: [op],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
        if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`query selects ${fields} fields; the limit is ${limits.maxFields}`, {
              nodes: [op],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}
