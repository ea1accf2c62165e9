/** How a stored file goes out: its type, a download name (else shown inline), and its caching. */
export type StoredFileResponseOptions = {
  contentType: string;
  /** Offered as an attachment under this name (ASCII only); without it the file is shown inline. */
  fileName?: string;
  /** Private files are never kept by browsers or proxies unless told otherwise. */
  cacheControl?: string;
  headers?: Record<string, string>;
};

/** A stored file as an HTTP response, streamed (never read whole into memory) with its length. */
export function storedFileResponse(
  { stream, size }: { stream: ReadableStream<Uint8Array>; size: number },
  { contentType, fileName, cacheControl = "private, no-store", headers = {} }: StoredFileResponseOptions,
): Response {
  return new Response(stream, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(size),
      ...(fileName ? { "Content-Disposition": `attachment; filename="${fileName}"` } : {}),
      "Cache-Control": cacheControl,
      ...headers,
    },
  });
}
