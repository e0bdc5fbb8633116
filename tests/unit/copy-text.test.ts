import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '@/lib/copy-text';

describe('copyText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says Copied when the clipboard takes the text', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await expect(copyText('Mozur, Paul.')).resolves.toBe('Copied');
    expect(writeText).toHaveBeenCalledWith('Mozur, Paul.');
  });

  it('says the copy failed when the browser refuses it', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    await expect(copyText('x')).resolves.toBe('Copy failed: select the text and copy it by hand');
  });

  it('says the copy failed, and does not throw, where there is no clipboard API (plain http, some in-app browsers)', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyText('x')).resolves.toBe('Copy failed: select the text and copy it by hand');
  });
});
