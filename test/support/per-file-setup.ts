/**
 * Runs before each integration test file, in its own module realm.
 * MikroORM keeps entity metadata on a process-wide global; a previous test
 * file (or the global setup) run in this process leaves objects of another
 * realm there, and discovery then fails with "Map.prototype.set called on
 * incompatible receiver" (mikro-orm#3783). Start each file from nothing.
 */
import 'reflect-metadata';

for (const key of Object.keys(globalThis)) {
  if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
}
