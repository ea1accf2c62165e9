import path from "node:path";

/** Where generated files live: FILES_DIR when set, otherwise the git-ignored .data/files folder. */
export function filesDir(): string {
  const configured = process.env.FILES_DIR;
  // turbopackIgnore: a folder chosen at run time must not make the build trace the whole project.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(process.cwd(), ".data", "files");
}
