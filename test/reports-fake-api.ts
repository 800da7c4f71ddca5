import { FakeBotApi, type FakeBotApiOptions } from './support/fake-bot-api.js';

/**
 * The shared fake Bot API, able to read photo and document uploads: grammY writes multipart
 * headers compactly (`content-disposition:form-data;name="x";filename=a.png`), which undici's
 * strict FormData parser rejects. This rewrites them to the quoted form before the fake reads them.
 */
export class FakeBotApiWithFiles extends FakeBotApi {
  constructor(options?: FakeBotApiOptions) {
    super(options);
    const plain = this.fetch;
    Object.defineProperty(this, 'fetch', { value: (input: string | URL | Request, init?: RequestInit) => fixedFetch(plain, input, init) });
  }
}

async function fixedFetch(plainFetch: FakeBotApi['fetch'], input: string | URL | Request, init?: RequestInit): Promise<Response> {
  {
    const body = init?.body as unknown;
    if (body === undefined || body === null || typeof body === 'string') return plainFetch(input, init);
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
    const fixed = Buffer.from(
      Buffer.concat(chunks)
        .toString('latin1')
        .replace(/content-disposition:form-data;name="([^"]*)"(?:;filename=([^\r\n]*))?/g, (_m, name: string, file?: string) =>
          file === undefined ? `content-disposition: form-data; name="${name}"` : `content-disposition: form-data; name="${name}"; filename="${file}"`,
        ),
      'latin1',
    );
    return plainFetch(input, { ...init, body: (async function* () { yield new Uint8Array(fixed); })() as never });
  }
}
