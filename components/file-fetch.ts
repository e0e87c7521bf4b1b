/**
 * A report's file fetched from the page's own site (its cookies go with a same-site request), for
 * the readers of Word and Excel files (docx-read.ts) and of PDFs (pdf-read.ts), each in its own
 * lazily loaded script; and by the background for a file on another *.gov.cn host (file-relay.ts),
 * without cookies.
 */
import { FileReadError, MAX_FILE_BYTES } from './file-read.ts';

export async function fetchFile(href: string, credentials: RequestCredentials = 'same-origin'): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(href, { credentials });
  } catch {
    throw new FileReadError('network');
  }
  if (!res.ok) throw new FileReadError('network');
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_FILE_BYTES) throw new FileReadError('too-large');
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new FileReadError('too-large');
  return bytes;
}
