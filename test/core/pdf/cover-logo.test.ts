import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoverLogoError, coverLogoDataUrl, MAX_LOGO_BYTES, readCoverLogo } from '@core/pdf/cover-logo';
import { toPrintModel } from '@core/pdf/print-model';
import { report } from '../compute/helpers';
import { ROOT } from './pdf-tools';

const LOGOS = join(ROOT, 'test/fixtures/logo');
const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);
const refusal = (bytes: Uint8Array) => {
  try {
    coverLogoDataUrl(bytes, 'logo.svg');
  } catch (e) {
    expect(e).toBeInstanceOf(CoverLogoError);
    return (e as Error).message;
  }
  throw new Error('the logo was accepted');
};

describe('the cover logo (issue 16)', () => {
  it('carries a PNG and a clean SVG as data URLs of their own bytes', async () => {
    const png = readFileSync(join(LOGOS, 'acme-logo.png'));
    expect(await readCoverLogo(join(LOGOS, 'acme-logo.png'))).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const drawing = readFileSync(join(LOGOS, 'acme-logo.svg'));
    // the SVG links only to its own gradient (#g): that stays allowed
    expect(await readCoverLogo(join(LOGOS, 'acme-logo.svg'))).toBe(
      `data:image/svg+xml;base64,${drawing.toString('base64')}`,
    );
  });

  it('refuses an SVG that runs script or loads from outside, saying which file and why', async () => {
    await expect(readCoverLogo(join(LOGOS, 'script.svg'))).rejects.toThrow(
      'script.svg: not used as the cover logo: it holds a <script> element',
    );
    await expect(readCoverLogo(join(LOGOS, 'external-href.svg'))).rejects.toThrow(
      'external-href.svg: not used as the cover logo: it links to "https://tracker.example/pixel.png" (only # and data: images)',
    );
    expect(refusal(svg('<rect onload="alert(1)"/>'))).toMatch(/event attribute/);
    expect(refusal(svg('<foreignObject><div/></foreignObject>'))).toMatch(/foreignObject/);
    expect(refusal(svg('<a href="javascript:alert(1)"><rect/></a>'))).toMatch(/links to "javascript:alert\(1\)"/);
    expect(refusal(svg('<rect style="fill: url(https://x.example/p.svg#a)"/>'))).toMatch(/style loads/);
    expect(refusal(svg('<style>@import "https://x.example/a.css";</style>'))).toMatch(/imports another file/);
    // a data: image inlined in the SVG loads nothing: kept
    expect(coverLogoDataUrl(svg('<image href="data:image/png;base64,AAAA"/>'), 'x.svg')).toMatch(/^data:image\/svg/);
  });

  it('refuses what is neither PNG nor SVG, and a file over 1 MB before reading it', async () => {
    expect(refusal(new TextEncoder().encode('GIF89a...'))).toBe(
      'logo.svg: not used as the cover logo: it is neither a PNG image nor an SVG drawing',
    );
    const dir = mkdtempSync(join(tmpdir(), 'sla-logo-'));
    const big = join(dir, 'big.png');
    // 1 MB + 1 byte: 1025 KB rounded up
    writeFileSync(big, Buffer.alloc(MAX_LOGO_BYTES + 1));
    await expect(readCoverLogo(big)).rejects.toThrow('big.png: the logo is 1025 KB; at most 1 MB (1024 KB)');
    await expect(readCoverLogo(join(dir, 'gone.png'))).rejects.toThrow('gone.png: the logo could not be read (ENOENT)');
  });

  it('reaches the print view in the print model, and only when there is one', () => {
    const model = report([{ start: '2022-01-01T00:00:00Z', end: '2022-01-01T01:00:00Z', service: 'api' }]);
    expect(toPrintModel(model)).not.toHaveProperty('logo');
    expect(toPrintModel(model, 'data:image/png;base64,AAAA').logo).toBe('data:image/png;base64,AAAA');
  });
});
