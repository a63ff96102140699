// `npm run lint:security`: the scanner gate. Runs @doyensec/electronegativity over electron/ and renderer/
// (copied side by side so its global checks see the main process and the pages together), reads its SARIF,
// and fails on any finding that security/reviewed-findings.json does not list with a reason.
// Works offline: the scanner's update checks time out and it carries on with its bundled rules.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const reviewedPath = join(root, 'security/reviewed-findings.json');
const SCANNED = ['electron', 'renderer'];

function fail(message) {
  console.error(`lint:security: ${message}`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '');
const scanner = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');

const work = mkdtempSync(join(tmpdir(), 'sla-electronegativity-'));
try {
  for (const dir of SCANNED) cpSync(join(root, dir), join(work, 'src', dir), { recursive: true });
  const sarifPath = join(work, 'results.sarif');
  const run = spawnSync(
    process.execPath,
    [
      scanner,
      '-i',
      join(work, 'src'),
      '-o',
      sarifPath,
      '-r',
      '-v',
      'false',
      ...(electronVersion ? ['-e', electronVersion] : []),
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' }, timeout: 300_000 },
  );
  if (run.status !== 0 || !existsSync(sarifPath)) {
    fail(`electronegativity did not produce a report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  }
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  const results = sarif.runs?.[0]?.results;
  if (!Array.isArray(results)) fail('the SARIF report holds no results array');

  const reviewed = JSON.parse(readFileSync(reviewedPath, 'utf8')).findings;
  for (const r of reviewed) {
    if (!r.rule || typeof r.file !== 'string' || typeof r.match !== 'string' || !r.reason?.trim()) {
      fail(`${reviewedPath}: every entry needs rule, file, match and a reason: ${JSON.stringify(r)}`);
    }
  }

  const lineOf = (file, line) => {
    const path = join(work, 'src', file);
    if (!file || !existsSync(path)) return '';
    return readFileSync(path, 'utf8').split('\n')[line - 1] ?? '';
  };

  const used = new Set();
  const unreviewed = [];
  for (const result of results) {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    // global checks report against the scanned root ("file:///"); files are relative to it
    const file = uri.startsWith('file:') ? '' : uri.replace(/^\.?\//, '');
    const line = location?.region?.startLine ?? 0;
    const text = lineOf(file, line);
    const match = reviewed.findIndex((r) => r.rule === result.ruleId && r.file === file && text.includes(r.match));
    if (match >= 0) used.add(match);
    else
      unreviewed.push({
        rule: result.ruleId,
        file: file || '(global)',
        line,
        level: result.level,
        text: text.trim(),
        message: result.message?.text,
      });
  }

  const stale = reviewed.filter((_r, i) => !used.has(i));
  for (const s of stale)
    console.warn(`lint:security: reviewed finding no longer reported, remove it: ${s.rule} ${s.file} "${s.match}"`);
  console.log(
    `lint:security: ${results.length} finding(s), ${results.length - unreviewed.length} reviewed, ${unreviewed.length} not reviewed.`,
  );
  if (unreviewed.length > 0) {
    for (const u of unreviewed) {
      console.error(`  ${u.rule} [${u.level}] ${u.file}:${u.line}  ${u.text}\n    ${u.message}`);
    }
    fail(`fix these, or list them with a reason in ${reviewedPath}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
