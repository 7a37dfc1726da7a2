import { isLsn, parseLsn, replicaFailure } from './replicas';

describe('WAL positions', () => {
  it('reads an LSN as PostgreSQL writes it, and orders them', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('0/10') > parseLsn('0/F')).toBe(true);
  });

  it('refuses what is not one', () => {
    for (const bad of ['', '16', '16/', '/1', 'G/1', '1/2/3', '123456789/0', '1 / 2']) {
      expect(isLsn(bad)).toBe(false);
      expect(() => parseLsn(bad)).toThrow(/not a WAL position/);
    }
  });
});

describe('replicaFailure', () => {
  it('is a failure the primary can mend: connection lost or refused, shutdown, replay conflict', () => {
    expect(replicaFailure({ code: 'ECONNREFUSED' })).toBe(true);
    expect(replicaFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(replicaFailure(Object.assign(new Error('canceling statement due to conflict with recovery'), { code: '40001' }))).toBe(true);
    expect(replicaFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    // wrapped, as GraphQL and knex wrap it
    expect(replicaFailure({ originalError: { cause: { code: '08006' } } })).toBe(true);
  });

  it('is not a statement the primary would refuse too', () => {
    expect(replicaFailure(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(false);
    expect(replicaFailure(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(replicaFailure(undefined)).toBe(false);
  });
});
