// @vitest-environment node
/**
 * A report's file on another *.gov.cn host than its page (components/file-relay.ts): the lens asks
 * the background, which fetches only *.gov.cn addresses and hands the bytes back as base64.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFetchFile, fromBase64, isFetchFileRequest, otherOrigin, toBase64 } from '../../components/file-relay.ts';
import { MAX_FILE_BYTES } from '../../components/file-read.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the bytes as base64', () => {
  it('go and come back whole, past the chunk size and with every byte value', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 8)) & 0xff;
    const text = toBase64(bytes);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(fromBase64(text)).toEqual(bytes);
    expect(Buffer.from(text, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(new Uint8Array(0))).toBe('');
  });
});

describe('which files go through the background', () => {
  it('a file on another origin than the page', () => {
    const page = 'https://www.example.gov.cn/xxgk/t1.html';
    expect(otherOrigin('https://file.example.gov.cn/a.docx', page)).toBe(true);
    expect(otherOrigin('http://www.example.gov.cn/a.docx', page)).toBe(true);
    expect(otherOrigin('https://www.example.gov.cn/up/a.docx', page)).toBe(false);
    expect(otherOrigin('not a url', page)).toBe(true);
  });
  it('knows its own request and nothing else', () => {
    expect(isFetchFileRequest({ type: 'nianbao-lens/fetch-file', href: 'https://a.gov.cn/x.pdf' })).toBe(true);
    expect(isFetchFileRequest({ type: 'nianbao-lens/fetch-file' })).toBe(false);
    expect(isFetchFileRequest({ type: 'nianbao-lens/analysis', href: 'x' })).toBe(false);
    expect(isFetchFileRequest(null)).toBe(false);
  });
});

describe("the background's answer", () => {
  const served = (body: Uint8Array | null, headers: Record<string, string> = {}, status = 200) => {
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal('fetch', async (href: string, init?: RequestInit) => {
      calls.push([href, init]);
      if (!body) throw new TypeError('Failed to fetch');
      return new Response(body as unknown as BodyInit, { status, headers });
    });
    return calls;
  };

  it('fetches a *.gov.cn file without cookies (it is shown on the page) and answers its bytes', async () => {
    const calls = served(new Uint8Array([0x50, 0x4b, 3, 4, 255]));
    const answer = await answerFetchFile({ type: 'nianbao-lens/fetch-file', href: 'https://file.example.gov.cn/up/a.docx' });
    expect(answer).toEqual({ bytes: toBase64(new Uint8Array([0x50, 0x4b, 3, 4, 255])) });
    expect(calls).toEqual([['https://file.example.gov.cn/up/a.docx', { credentials: 'omit' }]]);
  });

  it('fetches nothing off *.gov.cn, nor by another scheme', async () => {
    const calls = served(new Uint8Array([1]));
    for (const href of ['https://evil.example.com/a.docx', 'https://a.gov.cn.evil.com/a.pdf', 'file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)']) {
      expect(await answerFetchFile({ type: 'nianbao-lens/fetch-file', href })).toEqual({ failure: 'network' });
    }
    expect(calls).toEqual([]);
  });

  it('says why a fetch failed: the network, an error status, or a file too large', async () => {
    served(null);
    expect(await answerFetchFile({ type: 'nianbao-lens/fetch-file', href: 'https://a.gov.cn/x.pdf' })).toEqual({ failure: 'network' });
    served(new Uint8Array([1]), {}, 404);
    expect(await answerFetchFile({ type: 'nianbao-lens/fetch-file', href: 'https://a.gov.cn/x.pdf' })).toEqual({ failure: 'network' });
    served(new Uint8Array([1]), { 'content-length': String(MAX_FILE_BYTES + 1) });
    expect(await answerFetchFile({ type: 'nianbao-lens/fetch-file', href: 'https://a.gov.cn/x.pdf' })).toEqual({ failure: 'too-large' });
  });
});
