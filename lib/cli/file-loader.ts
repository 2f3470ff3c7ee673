import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadSpecFile, type LoadedFile } from "./load-file";

/** Reads and parses chunks of spec files, in order within each chunk. */
export interface FileLoader {
  load(files: string[]): Promise<LoadedFile[]>;
  close(): Promise<void>;
}

/**
 * Below this many files the threads' start (a second or so of loading the spec modules) would cost
 * more than the parsing they take off the main thread.
 */
export const THREADED_FROM_FILES = 1000;

/** Worker threads for a run of `files` files: one per spare core, at most four; none for a small run. */
export function loaderThreads(files: number): number {
  return files < THREADED_FROM_FILES ? 0 : Math.min(4, Math.max(1, availableParallelism() - 1));
}

/**
 * With `threads` = 0 the files are parsed on the calling thread. Otherwise chunks go to worker
 * threads in turn: YAML parsing was a third of the main thread's time in `meshwork apply` of
 * 10,000 files, during which it could neither send the next batch nor take the answers.
 */
export function createFileLoader(threads: number): FileLoader {
  if (threads <= 0) {
    return {
      load: async (files) => {
        const results: LoadedFile[] = [];
        for (const file of files) results.push(await loadSpecFile(file));
        return results;
      },
      close: async () => undefined,
    };
  }
  const pending = new Map<number, { resolve: (results: LoadedFile[]) => void; reject: (error: Error) => void }>();
  // A worker that fails or stops cannot say which chunk it was on: every waiting chunk fails with it.
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), { execArgv: [] });
    worker.on("message", ({ id, results }: { id: number; results: LoadedFile[] }) => {
      pending.get(id)?.resolve(results);
      pending.delete(id);
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`a file-reading thread stopped (exit code ${code})`)));
    return worker;
  });
  let next = 0;
  return {
    load: (files) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        workers[id % workers.length].postMessage({ id, files });
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
