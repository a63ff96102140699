import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report/index';
import { reportMarkdown } from '../../../core/print/report-markdown';
import { DEFAULT_SETTINGS } from '../../../core/model/settings';
import { importText } from '../import/import-helpers';

// issue 19 item 12: service names (and the file name, and diagnostics) went into the Markdown export raw,
// so a log could put HTML and javascript: links into a wiki page or ticket
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '<javascript:alert(1)>',
  '**bold** _it_ `code` ~~gone~~',
  'pipe|split',
  'esc\x1b[31mred',
  // no `;`: a `;`, `,` or `|` in a service cell lists several services (SPEC 1)
  'amp &amp and &lt',
];

async function markdownOf(fileName: string): Promise<string> {
  const rows = HOSTILE.map(
    (s, i) => `2024-01-0${i + 1}T00:00:00Z,2024-01-0${i + 1}T01:00:00Z,"${s.replace(/"/g, '""')}"`,
  );
  const imported = await importText(['start,end,service', ...rows].join('\n') + '\n', fileName);
  return reportMarkdown(buildReport(imported, DEFAULT_SETTINGS), 'en');
}

describe('Markdown export of hostile names', () => {
  it('leaves no HTML tag, no link and no control character in the text', async () => {
    const md = await markdownOf('<script>alert(1)</script>.csv');
    expect(md).not.toMatch(/<[a-z/!?]/i);
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
    expect(md).not.toMatch(/(^|[^\\])\[/m);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('shows each name as typed, escaped where Markdown would act on it', async () => {
    const md = await markdownOf('outages.csv');
    expect(md).toContain('## &lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('## \\[click me\\](javascript:alert(1))');
    expect(md).toContain('## &lt;javascript:alert(1)&gt;');
    expect(md).toContain('## \\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~');
    // a pipe lists two services (SPEC 1), each its own section
    expect(md).toContain('## pipe\n');
    expect(md).toContain('## split\n');
    expect(md).toContain('## esc\\\\u001b[31mred'.replace('[31m', '\\[31m'));
    // an entity typed in the log stays text, not the character it names
    expect(md).toContain('## amp &amp;amp and &amp;lt');
  });

  it('keeps its own Markdown: the bold Total row and the table pipes', async () => {
    const md = await markdownOf('outages.csv');
    expect(md).toMatch(/^\| \*\*Total\*\* \| /m);
    expect(md).toContain('| Month | Availability |');
  });
});
