import { decodeChange, encodeChange } from './change-bus';

describe('change messages', () => {
  it('carry what changed, where and when it committed', () => {
    const change = { touched: [{ unit: 'SERANG', metric: 'IURAN', year: 2024 }], lsn: '0/8178638', version: '42' };
    expect(decodeChange(encodeChange(change))).toEqual(change);
    expect(decodeChange(encodeChange({ lsn: '0/1' }))).toEqual({ touched: undefined, lsn: '0/1', version: undefined });
  });

  it('say "anything may have changed" when the list would not fit in a NOTIFY (8000 bytes)', () => {
    const touched = Array.from({ length: 2_000 }, (_, i) => ({ unit: `W${i}`, metric: 'TENAGA_KERJA_BARU', year: 2024 }));
    const text = encodeChange({ touched, lsn: '0/1', version: '7' });
    expect(Buffer.byteLength(text)).toBeLessThan(8_000);
    expect(decodeChange(text)).toEqual({ touched: undefined, lsn: '0/1', version: '7' });
  });

  it('ignore a message that is not one: anyone who may connect may NOTIFY', () => {
    for (const junk of [
      'hello',
      'null',
      '5',
      '{"v":"x"}',
      '{"v":"1e3"}',
      '{"l":"16"}',
      '{"t":"SERANG"}',
      '{"t":[["SERANG","IURAN","2024"]]}',
    ]) {
      expect(decodeChange(junk)).toBeNull();
    }
  });
});
