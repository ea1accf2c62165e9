import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fileStore } from "@/lib/files/file-store";
import { startS3Server } from "../helpers/s3-server";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString();
}

// The same behaviour from the local folder (the default) and from S3-compatible storage.
describe.each(["folder", "s3"])("stored files [%s]", (backend) => {
  let close = async () => {};
  beforeAll(async () => {
    if (backend === "s3") {
      const s3 = await startS3Server();
      for (const [name, value] of Object.entries(s3.env)) vi.stubEnv(name, value);
      close = s3.close;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), "bhl-files-"));
      vi.stubEnv("FILES_DIR", dir);
      close = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await close();
  });

  it("stores a file, streams it back with its size, replaces it whole and deletes it", async () => {
    const key = `exports/${crypto.randomUUID()}/interior.pdf`;
    expect(await fileStore().exists(key)).toBe(false);
    expect(await fileStore().stream(key)).toBeNull();
    await fileStore().put(key, Buffer.from("%PDF-1.7 first"));
    expect(await fileStore().exists(key)).toBe(true);
    const first = (await fileStore().stream(key))!;
    expect(first.size).toBe(14);
    expect(await readAll(first.stream)).toBe("%PDF-1.7 first");
    await fileStore().put(key, Buffer.from("%PDF-1.7 second"));
    expect(await readAll((await fileStore().stream(key))!.stream)).toBe("%PDF-1.7 second");
    await fileStore().delete(key);
    expect(await fileStore().exists(key)).toBe(false);
    await fileStore().delete(key); // deleting what is gone is not an error (a retried clean-up)
  });

  it("streams a large file without reading it whole first", async () => {
    const key = `exports/${crypto.randomUUID()}/cover.pdf`;
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    await fileStore().put(key, bytes);
    const { stream, size } = (await fileStore().stream(key))!;
    expect(size).toBe(bytes.byteLength);
    let chunks = 0;
    let total = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      chunks++;
      total += chunk.byteLength;
    }
    expect(total).toBe(bytes.byteLength);
    expect(chunks).toBeGreaterThan(1);
  });
});
