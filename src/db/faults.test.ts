import { GraphQLError, locatedError } from 'graphql';
import { databaseFault, logFault } from './faults';

describe('databaseFault', () => {
  it.each([
    [
      'a statement cancelled at its time limit',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      'TIMEOUT',
    ],
    ['a lock not granted in time', Object.assign(new Error('lock timeout'), { code: '55P03' }), 'SERVICE_UNAVAILABLE'],
    ['a server shutting down', Object.assign(new Error('terminating connection'), { code: '57P01' }), 'SERVICE_UNAVAILABLE'],
    [
      'a refused connection, thrown as a plain object',
      locatedError({ errno: -111, code: 'ECONNREFUSED', syscall: 'connect' }, null),
      'SERVICE_UNAVAILABLE',
    ],
    [
      'a connection that died under its transaction',
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
      'SERVICE_UNAVAILABLE',
    ],
    [
      'a cause two levels down',
      new Error('outer', { cause: new Error('inner', { cause: Object.assign(new Error('x'), { code: '08006' }) }) }),
      'SERVICE_UNAVAILABLE',
    ],
    [
      'a statement on a connection that broke (the outage test met it on a COMMIT)',
      new Error('COMMIT; - Client has encountered a connection error and is not queryable'),
      'SERVICE_UNAVAILABLE',
    ],
    ['a bug', new TypeError('x is undefined'), null],
    ['a user error', new GraphQLError('bad input', { extensions: { code: 'BAD_USER_INPUT' } }), null],
  ])('%s: %s', (_, error, fault) => {
    expect(databaseFault(error)).toBe(fault);
  });
});

describe('logFault', () => {
  it('folds the same fault within 10 s into a count on its next line', () => {
    const lines: string[] = [];
    const refused = new Error(`connect ECONNREFUSED 127.0.0.1:1 (${Math.random()})`);
    logFault('SERVICE_UNAVAILABLE', refused, (l) => lines.push(l), 1_000);
    for (let t = 1_001; t < 1_500; t++) logFault('SERVICE_UNAVAILABLE', refused, (l) => lines.push(l), t);
    logFault('TIMEOUT', new Error('canceling statement due to statement timeout'), (l) => lines.push(l), 1_600);
    logFault('SERVICE_UNAVAILABLE', refused, (l) => lines.push(l), 11_001);
    expect(lines).toEqual([
      `SERVICE_UNAVAILABLE: ${refused.message}`,
      'TIMEOUT: canceling statement due to statement timeout',
      `SERVICE_UNAVAILABLE: ${refused.message} (and 499 more like it in the 10 s before)`,
    ]);
  });
});
