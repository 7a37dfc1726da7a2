/**
 * The cost limits of src/graphql/limits.ts at their edges, with the test
 * app's QUERY_LIMITS (depth 15, 2 000 field selections): the last query
 * allowed runs, the first one over is refused before any SQL is sent, and
 * fields reached through fragments count once per place they are spread.
 *
 * The limits are checked once Apollo knows the operation (src/graphql/apollo.ts,
 * costLimits), not as a validation rule: Apollo would overwrite their code
 * with GRAPHQL_VALIDATION_FAILED. Through Apollo the code is QUERY_TOO_COMPLEX,
 * as it is when the rule runs alone through graphql-js's validate(). The
 * depth tests climb `parent`, which costs nothing per level, so that the
 * cost model (test/attacks.test.ts) does not refuse them first.
 */
import { GraphQLFormattedError, parse, validate } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';
import { limitsRule } from '../src/graphql/limits';
import { createTestApp, QUERY_LIMITS, TestApp } from './support/app';
import { TINY_TREE, withTree } from './scenarios';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withTree(app, TINY_TREE);
});
afterAll(() => app?.close());

const { maxDepth, maxFields } = QUERY_LIMITS;

/** `n` aliased selections of one field: "p0: code p1: code ...". */
const aliases = (n: number, prefix = 'a', field = 'code') => Array.from({ length: n }, (_, i) => `${prefix}${i}: ${field}`).join(' ');
/** `times` copies of a selection. */
const repeat = (s: string, times: number) => Array(times).fill(s).join(' ');

/** Runs a query that must pass the limits: it runs and answers without errors. */
async function expectAllowed(query: string): Promise<Record<string, unknown>> {
  const res = await app.run(query);
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeTruthy();
  return res.data!;
}

/**
 * Runs a query that must be refused before it runs: one error, no data, no SQL statement sent. Twice:
 * the second time the verdict comes from what the limits remember of the document.
 */
async function expectRefused(query: string, message: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let res: { data?: unknown; errors?: readonly GraphQLFormattedError[] } = {};
    const statements = await app.statementsDuring(async () => {
      res = await app.run(query);
    });
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, 'QUERY_TOO_COMPLEX']]);
    expect(res.data).toBeUndefined();
    expect(statements).toEqual([]);
  }
}

/** The rule alone, as graphql-js reports it: the messages and codes of its errors. */
function ruleErrors(query: string) {
  return validate(buildAppSchema(), parse(query), [limitsRule(QUERY_LIMITS)]).map((e) => [e.message, e.extensions.code]);
}

describe('field-count limit (MAX_QUERY_FIELDS)', () => {
  it('is 2000 in the test app', () => {
    expect(maxFields).toBe(2000);
  });

  it('lets a query of exactly 2000 field selections run', async () => {
    // nasional + 1999 aliases of code
    const data = await expectAllowed(`{ nasional { ${aliases(maxFields - 1)} } }`);
    const nasional = data.nasional as Record<string, string>;
    expect(Object.keys(nasional)).toHaveLength(1999);
    expect(nasional.a0).toBe('NASIONAL');
    expect(nasional.a1998).toBe('NASIONAL');
  });

  it('refuses 2001 field selections, naming the count and the limit', async () => {
    const query = `{ nasional { ${aliases(maxFields)} } }`;
    await expectRefused(query, 'query selects 2001 fields; the limit is 2000');
    expect(ruleErrors(query)).toEqual([['query selects 2001 fields; the limit is 2000', 'QUERY_TOO_COMPLEX']]);
  });

  it('counts the fields of a fragment once per spread: 333 fields spread 6 times are 1998', async () => {
    const fragment = `fragment F on OrgUnit { ${aliases(333, 'f')} }`;
    // nasional (1) + 6 x 333 (1998) + code (1) = 2000
    await expectAllowed(`{ nasional { code ${repeat('...F', 6)} } } ${fragment}`);
    // one more field: 2001
    await expectRefused(`{ nasional { code name ${repeat('...F', 6)} } } ${fragment}`, 'query selects 2001 fields; the limit is 2000');
    // the same fragment spread under two different fields counts under each: 2 x (1 + 3 x 333 + 1) = 2002
    await expectRefused(
      `{ a: nasional { code ${repeat('...F', 3)} } b: nasional { code ${repeat('...F', 3)} } } ${fragment}`,
      'query selects 2002 fields; the limit is 2000',
    );
  });

  it("does not count a fragment's definition besides its spreads", async () => {
    // nasional (1) + one spread of 1999 = 2000; counting the definition too would make it 3999
    await expectAllowed(`{ nasional { ...F } } fragment F on OrgUnit { ${aliases(maxFields - 1, 'f')} }`);
  });

  it('multiplies through fragments spread inside fragments: G = 2 x F, spread 3 times, is 6 x F', async () => {
    const fragments = `fragment G on OrgUnit { ...F ...F } fragment F on OrgUnit { ${aliases(333, 'f')} }`;
    // nasional (1) + 3 x 2 x 333 (1998) + code (1) = 2000
    await expectAllowed(`{ nasional { code ...G ...G ...G } } ${fragments}`);
    await expectRefused(`{ nasional { code name ...G ...G ...G } } ${fragments}`, 'query selects 2001 fields; the limit is 2000');
  });

  it('counts the fields of inline fragments, typed or not, where they stand', async () => {
    // nasional (1) + 1000 in "... on Nasional" + 999 in "... @include" = 2000
    const query = (extra: string) =>
      `{ nasional { ... on Nasional { ${aliases(1000, 'n')} } ... @include(if: true) { ${aliases(999, 'i')} ${extra} } } }`;
    await expectAllowed(query(''));
    await expectRefused(query('name'), 'query selects 2001 fields; the limit is 2000');
  });
});

describe('depth limit (MAX_QUERY_DEPTH)', () => {
  /** wilayah 99.01 (level 1), `parents` levels of parent, then code: parents + 2 levels deep. */
  const deep = (parents: number, leaf = '{ code }') => {
    let q = leaf;
    for (let i = 0; i < parents; i++) q = `{ parent ${q} }`;
    return `{ wilayah(code: "99.01") ${q} }`;
  };

  it('is 15 in the test app', () => {
    expect(maxDepth).toBe(15);
  });

  it('lets a query exactly 15 levels deep run', async () => {
    const data = await expectAllowed(deep(maxDepth - 2));
    // it ran: 99.01's parents are KC_A, K1 and NASIONAL, whose parent is null
    expect(data).toEqual({ wilayah: { parent: { parent: { parent: { parent: null } } } } });
  });

  it('refuses 16 levels, naming the depth and the limit', async () => {
    const query = deep(maxDepth - 1);
    await expectRefused(query, 'query is 16 levels deep; the limit is 15');
    expect(ruleErrors(query)).toEqual([['query is 16 levels deep; the limit is 15', 'QUERY_TOO_COMPLEX']]);
  });

  it('counts the levels of a fragment where it is spread, and none for an inline fragment', async () => {
    // the wilayah is level 1 and 12 parent levels 2-13; the last one's selection (level 14) is an inline
    // fragment that adds no level and spreads F there: F's code and parent are level 14, its code 15
    const fragment = 'fragment F on OrgUnit { code parent { code } }';
    await expectAllowed(`${deep(12, '{ ... on OrgUnit { ...F } }')} ${fragment}`);
    await expectRefused(`${deep(13, '{ ... on OrgUnit { ...F } }')} ${fragment}`, 'query is 16 levels deep; the limit is 15');
  });
});
