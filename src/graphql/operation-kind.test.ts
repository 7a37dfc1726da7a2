import { operationKindOf } from './operation-kind';

describe('operationKindOf', () => {
  it('names the kind of the operation a request runs', () => {
    expect(operationKindOf({ query: '{ metrics { code } }' })).toBe('query');
    expect(operationKindOf({ query: 'mutation M { deleteFact(input: {}) { deleted } }' })).toBe('mutation');
    expect(operationKindOf({ query: 'subscription { performanceChanged { status } }' })).toBe('subscription');
    const two = 'query Q { metrics { code } } mutation M { x }';
    expect(operationKindOf({ query: two, operationName: 'Q' })).toBe('query');
    expect(operationKindOf({ query: two, operationName: 'M' })).toBe('mutation');
  });

  it('counts a document with a mutation and no operation name as a write (the primary serves it)', () => {
    expect(operationKindOf({ query: 'query Q { a } mutation M { b }' })).toBe('mutation');
  });

  it('knows nothing of what is not a GraphQL request (Apollo answers it)', () => {
    expect(operationKindOf(undefined)).toBeUndefined();
    expect(operationKindOf('{ a }')).toBeUndefined();
    expect(operationKindOf([{ query: 'mutation { a }' }])).toBeUndefined();
    expect(operationKindOf({ query: '{ a' })).toBeUndefined();
    expect(operationKindOf({ query: 'query Q { a }', operationName: 'Other' })).toBeUndefined();
  });
});
