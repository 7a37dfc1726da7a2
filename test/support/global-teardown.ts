export default async function globalTeardown(): Promise<void> {
  await globalThis.__KINERJA_TEST_TEARDOWN__?.();
}
