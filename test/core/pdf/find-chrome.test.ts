import { describe, expect, it } from 'vitest';
import { ChromeNotFoundError, chromeCandidates, findChrome } from '@core/pdf/find-chrome';

const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

describe('findChrome', () => {
  it('uses CHROME_PATH when it names a file', () => {
    expect(
      findChrome({ CHROME_PATH: '/opt/chrome/chrome' }, 'linux', only('/opt/chrome/chrome', '/usr/bin/chromium')),
    ).toBe('/opt/chrome/chrome');
  });

  it('refuses a CHROME_PATH that names nothing instead of silently using another browser', () => {
    expect(() => findChrome({ CHROME_PATH: '/typo/chrome' }, 'linux', only('/usr/bin/chromium'))).toThrow(
      'CHROME_PATH is set to /typo/chrome, but there is no file there',
    );
  });

  it('takes the first usual install path that exists', () => {
    expect(findChrome({}, 'linux', only('/usr/bin/google-chrome', '/snap/bin/chromium'))).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findChrome({}, 'darwin', only('/Applications/Chromium.app/Contents/MacOS/Chromium'))).toBe(
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  });

  it('looks for Chrome and Edge under Program Files on Windows', () => {
    const paths = chromeCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(paths.some((p) => p.includes('Google') && p.endsWith('chrome.exe'))).toBe(true);
    expect(paths.some((p) => p.endsWith('msedge.exe'))).toBe(true);
  });

  it('explains how to get a browser when there is none', () => {
    let error: unknown;
    try {
      findChrome({}, 'linux', only());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChromeNotFoundError);
    const message = (error as Error).message;
    expect(message).toContain('/usr/bin/chromium');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('set CHROME_PATH');
  });
});
