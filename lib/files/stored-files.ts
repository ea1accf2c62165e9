import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { filesDir } from "./files-dir";

// Stored files by key ("exports/<id>/interior.pdf") under the files folder.

function resolve(key: string): string {
  const root = filesDir();
  const file = path.resolve(root, key);
  // Keys are ours, but one that leaves the files folder is never read or written.
  if (!file.startsWith(root + path.sep)) throw new Error("Invalid file key");
  return file;
}

/** Writes then renames, so a reader never sees half a file and two retries never share one. */
export async function storeFile(key: string, bytes: Uint8Array): Promise<void> {
  const target = resolve(key);
  await mkdir(path.dirname(target), { recursive: true });
  const part = `${target}.${randomUUID()}.part`;
  await writeFile(part, bytes);
  await rename(part, target);
}

export async function storedFileExists(key: string): Promise<boolean> {
  return stat(resolve(key)).then((s) => s.isFile(), () => false);
}

export async function streamStoredFile(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  const file = resolve(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size: info.size };
}

export async function deleteStoredFile(key: string): Promise<void> {
  await rm(resolve(key), { force: true });
}
