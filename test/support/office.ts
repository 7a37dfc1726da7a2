/**
 * The readers people print with, driven from tests: LibreOffice headless
 * (Debian's libreoffice-calc) with the regional settings of its user profile,
 * and poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm). .ci/run
 * installs them; pages are saved as PNG under test-output/print/ to look at.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PRINT_DIR = join(__dirname, '..', '..', 'test-output', 'print');

export const OFFICE_HINT =
  'install them with `apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito` (Debian packages; .ci/run does this in CI)';

/** What the print tests need and this machine lacks: the programs, and Carlito (the font Calibri prints with). */
export function missingOfficeTools(): string[] {
  const missing = ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm', 'fc-list'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (!missing.includes('fc-list') && !execFileSync('fc-list', ['Carlito'], { encoding: 'utf8' }).trim()) missing.push('the Carlito font');
  return missing;
}

/**
 * A LibreOffice user profile whose locale setting is `locale` (id-ID: the
 * decimal comma and `.` grouping; en-US: the other way round). Each profile
 * is one LibreOffice at a time: one per test file.
 */
export class Office {
  readonly dir: string;

  constructor(readonly locale: 'id-ID' | 'en-US') {
    this.dir = mkdtempSync(join(tmpdir(), `lo-${locale}-`));
    mkdirSync(join(this.dir, 'user'), { recursive: true });
    writeFileSync(
      join(this.dir, 'user', 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`,
    );
  }

  /**
   * Converts `file` with LibreOffice (`--convert-to`, e.g. "pdf" or "xlsx"),
   * optionally through an import filter ("CSV:59,34,76,1,,1057"); returns the new file's path.
   */
  async convert(file: string, to: string, infilter?: string): Promise<string> {
    const out = mkdtempSync(join(tmpdir(), 'lo-out-'));
    const args = [`-env:UserInstallation=file://${this.dir}`, '--headless', '--norestore', '--nolockcheck'];
    if (infilter) args.push(`--infilter=${infilter}`);
    args.push('--convert-to', to, '--outdir', out, file);
    await run('soffice', args, { timeout: 120_000, env: { ...process.env, HOME: this.dir } });
    const made = readdirSync(out);
    if (made.length !== 1) throw new Error(`LibreOffice made ${JSON.stringify(made)} from ${basename(file)}`);
    return join(out, made[0]);
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface PdfInfo {
  pages: number;
  /** Points, as pdfinfo prints them: "841.89 x 595.28 pts (A4)". */
  width: number;
  height: number;
  paper: string;
}

export async function pdfInfo(file: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [file]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(stdout);
  const pages = /Pages:\s+(\d+)/.exec(stdout);
  if (!size || !pages) throw new Error(`pdfinfo said:\n${stdout}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]), paper: size[3] ?? '' };
}

/** The text of each page, as pdftotext lays it out. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 });
  return stdout.split('\f').slice(0, -1);
}

/** Every word with its box, in points (pdftotext -bbox). */
export async function pdfWords(file: string): Promise<{ page: number; word: string; xMin: number; xMax: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 << 20 });
  const words: { page: number; word: string; xMin: number; xMax: number }[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="(-?[\d.]+)" yMin="-?[\d.]+" xMax="(-?[\d.]+)" yMax="-?[\d.]+">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, word: m[3], xMin: Number(m[1]), xMax: Number(m[2]) });
  }
  return words;
}

/** The fonts a PDF uses: name, and whether it is embedded. */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [encoding words...] emb sub uni object ID
      return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Whether `file` is a page of `name` (pdftoppm's "<name>-<n>.png"), and not of a name that starts the same. */
const pageOf = (name: string, file: string) => file.startsWith(`${name}-`) && /^\d+\.png$/.test(file.slice(name.length + 1));

/** Where `PRINT_DOCS=1` puts the pages the docs show (docs/print/, committed). */
export const DOCS_PRINT_DIR = join(__dirname, '..', '..', 'docs', 'print');

/**
 * Saves each page as test-output/print/<name>-<n>.png, for people to look
 * at, and with PRINT_DOCS=1 (and `docs` set) in docs/print/ as well, for
 * the README and docs/queries.md to show; returns the paths.
 */
export async function savePages(pdf: string, name: string, options: { docs?: boolean } = {}): Promise<string[]> {
  const dirs = [PRINT_DIR, ...(options.docs && process.env.PRINT_DOCS === '1' ? [DOCS_PRINT_DIR] : [])];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (pageOf(name, f)) rmSync(join(dir, f));
    await run('pdftoppm', ['-png', '-r', '96', pdf, join(dir, name)]);
  }
  return readdirSync(PRINT_DIR)
    .filter((f) => pageOf(name, f))
    .map((f) => join(PRINT_DIR, f));
}
