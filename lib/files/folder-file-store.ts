import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStore } from "./file-store";
import { filesDir } from "./files-dir";

function resolve(key: string): string {
  const root = filesDir();
  const file = path.resolve(root, key);
  // Keys are ours, but one that leaves the files folder is never read or written.
  if (!file.startsWith(root + path.sep)) throw new Error("Invalid file key");
  return file;
}

/** Files under the files folder, one per key. */
export function folderFileStore(): FileStore {
  return {
    // Writes then renames, so a reader never sees half a file and two retries never share one.
    async put(key, bytes) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      const part = `${target}.${randomUUID()}.part`;
      await writeFile(part, bytes);
      await rename(part, target);
    },
    exists: (key) => stat(resolve(key)).then((s) => s.isFile(), () => false),
    async stream(key) {
      const file = resolve(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
    },
    delete: (key) => rm(resolve(key), { force: true }),
  };
}
