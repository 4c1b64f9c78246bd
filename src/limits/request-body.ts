// The bound on a request body's size (413 beyond it), in place of yoga's `maxRequestBodySize`. Yoga pipes
// every body through a counting TransformStream, even when the Content-Length header already says how long it
// is; that stream (a pipeline, an AbortSignal and a second Request per request) was ~0.7 ms of CPU of a
// ~3 ms flagship request, one client, in-process (bench/flagship.ts P1). Over HTTP, Node's parser reads exactly
// Content-Length bytes, so a valid header is the whole check; only bodies without one (chunked transfer, an
// in-process Request built from a stream) are counted as they arrive.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const CONTENT_LENGTH = /^\d+$/;

const tooLarge = (limit: number) =>
  new GraphQLError(`Request body too large (over ${limit} bytes).`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

export function requestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        // One non-negative integer; anything else ("5, 5", "-1") is a malformed or smuggling request.
        if (!CONTENT_LENGTH.test(declared)) {
          throw new GraphQLError('Content-Length header is invalid.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI)));
    },
  };
}

/** The request with a body that fails with 413 once more than `limit` bytes have arrived. */
function counted(
  request: Request,
  limit: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  let bytes = 0;
  // A native stream needs the native TransformStream, a whatwg-node one its own (graphql-yoga issue 4583).
  const Transform = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    duplex: 'half',
  } as RequestInit);
}
