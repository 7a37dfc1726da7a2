/**
 * The README's typed-client snippet compiles as shown: it is taken from the
 * README, its imports pointed at this checkout, and type-checked with the
 * project's compiler options (strict, CommonJS: top-level await would not
 * compile, TS1309).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');

it("the README's client snippet type-checks", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**For TypeScript frontends**'));
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(snippet).toContain("import { createClient } from './src/client/client';");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-client-'));
  try {
    const file = path.join(dir, 'snippet.ts');
    fs.writeFileSync(file, snippet!.replaceAll("from './src/", `from '${ROOT}/src/`));
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    const program = ts.createProgram([file], { ...config.options, noEmit: true, rootDir: undefined });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    // and the snippet really says what it types: a wrong type is caught
    fs.writeFileSync(
      file,
      snippet!.replaceAll("from './src/", `from '${ROOT}/src/`).replace('const first: string | undefined', 'const first: number'),
    );
    const wrong = ts
      .getPreEmitDiagnostics(ts.createProgram([file], { ...config.options, noEmit: true, rootDir: undefined }))
      .filter((d) => d.file?.fileName === file);
    expect(wrong.length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
