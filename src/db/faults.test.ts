import { GraphQLError, locatedError } from 'graphql';
import { databaseFault } from './faults';

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
    ['a bug', new TypeError('x is undefined'), null],
    ['a user error', new GraphQLError('bad input', { extensions: { code: 'BAD_USER_INPUT' } }), null],
  ])('%s: %s', (_, error, fault) => {
    expect(databaseFault(error)).toBe(fault);
  });
});
