import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../../core/print/terminal-text';

describe('terminalText', () => {
  it('writes escape sequences, C1 controls and bidi overrides as visible \\uXXXX', () => {
    expect(terminalText('web\x1b[2J\x1b]0;owned\x07')).toBe('web\\u001b[2J\\u001b]0;owned\\u0007');
    expect(terminalText('a\u009b31mb')).toBe('a\\u009b31mb');
    expect(terminalText('evil\u202eexe.csv')).toBe('evil\\u202eexe.csv');
    expect(terminalText('x\u2066y\u2069\u200f')).toBe('x\\u2066y\\u2069\\u200f');
    expect(terminalText('tab\there\u007f')).toBe('tab\\u0009here\\u007f');
  });

  it('escapes line breaks in one-line text, keeps LF and CRLF in text made of lines', () => {
    expect(terminalText('a\nb\r\nc\rd')).toBe('a\\u000ab\\u000d\\u000ac\\u000dd');
    // a lone CR returns the cursor to the line start and lets later text overwrite a figure
    expect(terminalText('a\nb\r\nc\rd', true)).toBe('a\nb\r\nc\\u000dd');
  });

  it('leaves ordinary text, accents, CJK and emoji alone', () => {
    expect(terminalText('café · 東京 · ✅ 99.95 %')).toBe('café · 東京 · ✅ 99.95 %');
  });

  it('never lets a control character through, and stays valid inside a JSON string with the same value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = terminalText(s);
        // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        // JSON.stringify leaves C1 and bidi raw; the CLI escapes its JSON output: the value must not change
        const json = JSON.stringify(s);
        expect(JSON.parse(terminalText(json, true))).toBe(s);
      }),
    );
  });
});
