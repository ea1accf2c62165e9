import { env } from "@/lib/env";
import { folderFileStore } from "./folder-file-store";
import { s3FileStore } from "./s3-file-store";

/**
 * Generated files (books, letters) by key ("exports/<id>/interior.pdf"). With S3_BUCKET they live in
 * S3-compatible storage, which every app instance and worker shares; otherwise in a local folder
 * (FILES_DIR, default .data/files), which suits one machine.
 */
export type FileStore = {
  /** Whole or not at all: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** The file as a stream (never read whole into memory), or null when there is none. */
  stream(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  delete(key: string): Promise<void>;
};

export function fileStore(): FileStore {
  const e = env();
  return e.S3_BUCKET ? s3FileStore(e) : folderFileStore();
}
