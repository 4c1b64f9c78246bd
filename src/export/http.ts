// GET /export/<file>?sessions=…&kinds=…&minSharedEvents=…: the partnership network as a download.
// Everything that can fail (the file name, the filters, the query) fails before the first byte is sent,
// as a 400 with a one-line reason; then the file streams chunk by chunk.
import { ExportInputError, checkSessionsExist, parseFilter } from './filters.js';
import { EXPORT_FILES, exportFile } from './formats.js';
import { GraphQLRequestError, type RunGraphQL } from './graphql-client.js';
import { fetchNetwork } from './network.js';

export const EXPORT_PREFIX = '/export/';

/** Bound of one export: beyond this a file is no use in Gephi or a spreadsheet; narrow the filters. */
export const MAX_EXPORT_EDGES = 500_000;

type FetchAPI = { Response: typeof Response; ReadableStream: typeof ReadableStream };

export async function exportResponse(
  graphql: RunGraphQL,
  request: Request,
  url: URL,
  fetchAPI: FetchAPI,
): Promise<Response> {
  const text = (status: number, message: string, headers: Record<string, string> = {}) =>
    new fetchAPI.Response(`${message}\n`, {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
    });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return text(405, 'Exports are read-only: use GET.', { allow: 'GET, HEAD' });
  }
  const name = url.pathname.slice(EXPORT_PREFIX.length);
  const file = exportFile(name);
  if (!file) {
    return text(400, `Unknown export "${name}" (one of ${EXPORT_FILES.map((f) => f.name).join(', ')}).`);
  }
  let network;
  try {
    const filter = parseFilter(url.searchParams);
    await checkSessionsExist(graphql, filter);
    network = await fetchNetwork(graphql, filter);
  } catch (error) {
    if (error instanceof ExportInputError) return text(400, error.message);
    if (error instanceof GraphQLRequestError) return text(error.badInput ? 400 : 502, error.message);
    throw error;
  }
  if (network.edges.length > MAX_EXPORT_EDGES) {
    return text(
      400,
      `The network has ${network.edges.length} partnerships, more than an export's ${MAX_EXPORT_EDGES}: ` +
        'choose sessions or kinds, or raise minSharedEvents.',
    );
  }
  const headers = {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.name}"`,
    'cache-control': 'no-store',
  };
  if (request.method === 'HEAD') return new fetchAPI.Response(null, { status: 200, headers });
  const chunks = file.write(network)[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new fetchAPI.Response(body, { status: 200, headers });
}
