import { beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, runCli } from '../cli/run-cli';
import { describePdf } from './pdf-suite';
import { PAGES_DIR, pageTexts } from './pdf-tools';

const SAMPLE = 'samples/messaging-platform-2021-2022.csv';
const LOGOS = 'test/fixtures/logo';

/** The images `pdfimages -list` finds on page 1: width x height of each. */
function pageOneImages(pdf: string): string[] {
  const list = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
  return list
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return `${cols[3]}x${cols[4]}`;
    });
}

describePdf('sla report --logo (issue 16)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-logo-pdf-'));
  beforeAll(() => ensureCli());

  it('embeds the PNG in the cover of page 1', () => {
    const pdf = join(dir, 'with-logo.pdf');
    const r = runCli(['report', SAMPLE, '--customer', 'Acme Corp', '--logo', `${LOGOS}/acme-logo.png`, '--pdf', pdf]);
    expect(r.status).toBe(0);
    // acme-logo.png is 120 x 40 pixels; page 1 has no other raster image (its charts are vector)
    expect(pageOneImages(pdf)).toEqual(['120x40']);
    expect(pageTexts(pdf)[0]).toContain('Prepared for Acme Corp');
    // page 1 kept for review beside the other PDF pages the tests write
    mkdirSync(PAGES_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(PAGES_DIR, 'cover-logo')]);
  });

  it('refuses an SVG with a script or an outside link before any work, naming it, and writes no PDF', () => {
    for (const [file, why] of [
      ['script.svg', 'it holds a <script> element'],
      ['external-href.svg', 'it links to "https://tracker.example/pixel.png"'],
    ]) {
      const pdf = join(dir, `${file}.pdf`);
      const r = runCli(['report', SAMPLE, '--logo', `${LOGOS}/${file}`, '--pdf', pdf]);
      // SPEC 7: bad input is exit 1
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`--logo ${LOGOS}/${file}: not used as the cover logo: ${why}`);
      expect(existsSync(pdf)).toBe(false);
    }
  });

  it('asks for --pdf when --logo comes without it', () => {
    const r = runCli(['report', SAMPLE, '--logo', `${LOGOS}/acme-logo.png`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--logo goes on the PDF cover: give --pdf FILE too');
  });
});
