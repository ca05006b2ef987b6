/**
 * The browser's own DEFLATE for whole stored copies (see docStorage.ts). Part of the first load:
 * it is a few hundred bytes, and loading it on demand made every returning visitor wait for one
 * more request before their work could open.
 */
export const COMPRESSION = 'deflate-raw';

export const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function throughStream(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const body = new Response(bytes as BlobPart).body!.pipeThrough(stream as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export const deflate = (bytes: Uint8Array): Promise<Uint8Array> => throughStream(bytes, new CompressionStream(COMPRESSION));
export const inflate = (bytes: Uint8Array): Promise<Uint8Array> => throughStream(bytes, new DecompressionStream(COMPRESSION));
