import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadSpecFile, type LoadedFile } from "./load-file";

/** Reads and parses chunks of spec files, in order within each chunk. */
export interface FileLoader {
  load(files: string[]): Promise<LoadedFile[]>;
  /** True once a worker thread is ready to take chunks; false if none could start. */
  started(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Below this many files the threads' start (about 0.4 s of loading tsx and the YAML parsers) would
 * cost more than the parsing they take off the main thread.
 */
export const THREADED_FROM_FILES = 1000;

/** Worker threads for a run of `files` files: one per spare core, at most four; none for a small run. */
export function loaderThreads(files: number): number {
  return files < THREADED_FROM_FILES ? 0 : Math.min(4, Math.max(1, availableParallelism() - 1));
}

interface Chunk {
  files: string[];
  resolve: (results: LoadedFile[]) => void;
  reject: (error: Error) => void;
}

async function loadInThread(files: string[]): Promise<LoadedFile[]> {
  const results: LoadedFile[] = [];
  for (const file of files) results.push(await loadSpecFile(file));
  return results;
}

/**
 * With `threads` = 0 the files are parsed on the calling thread. Otherwise chunks go to worker
 * threads, each to the one with the fewest waiting, and queue there so a thread never waits for
 * the busy main thread to hand it the next: YAML parsing was a third of the main thread's time in
 * `meshwork apply` of 10,000 files, during which it could neither send the next batch nor take the
 * answers. Until a thread has started (and again if every thread has stopped) the calling thread
 * reads the chunks itself, one at a time: waiting for the threads kept the first batches, and so
 * the database, idle for the first second of a run.
 */
export function createFileLoader(threads: number): FileLoader {
  if (threads <= 0) return { load: loadInThread, started: async () => false, close: async () => undefined };
  const queue: Chunk[] = [];
  /** The chunks sent to each started thread, in the order it answers them. */
  const running = new Map<Worker, Chunk[]>();
  let starting = threads;
  let readingInThread = false;
  const startWaiters: ((started: boolean) => void)[] = [];
  const settleStart = () => {
    if (starting > 0 && !running.size) return;
    for (const waiter of startWaiters.splice(0)) waiter(running.size > 0);
  };

  const dispatch = () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      const least = [...running].sort((a, b) => a[1].length - b[1].length)[0];
      if (least) {
        least[1].push(chunk);
        least[0].postMessage(chunk.files);
      } else if (!readingInThread) {
        readingInThread = true;
        const reading = chunk;
        loadInThread(reading.files)
          .then(reading.resolve, reading.reject)
          .finally(() => {
            readingInThread = false;
            dispatch();
          });
      } else {
        queue.unshift(chunk);
        return;
      }
    }
  };

  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), { execArgv: [] });
    let stopped = false;
    worker.on("message", (message: { ready: true } | { results: LoadedFile[] }) => {
      if ("ready" in message) {
        starting--;
        running.set(worker, []);
        settleStart();
        dispatch();
      } else {
        running.get(worker)?.shift()?.resolve(message.results);
      }
    });
    // A thread that fails or stops fails the chunks sent to it; the others carry on.
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      const sent = running.get(worker);
      if (sent) for (const chunk of sent) chunk.reject(error);
      else starting--;
      running.delete(worker);
      settleStart();
      dispatch();
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`a file-reading thread stopped (exit code ${code})`)));
    return worker;
  });

  return {
    load: (files) =>
      new Promise((resolve, reject) => {
        queue.push({ files, resolve, reject });
        dispatch();
      }),
    started: () =>
      new Promise((resolve) => {
        startWaiters.push(resolve);
        settleStart();
      }),
    close: async () => {
      for (const worker of workers) worker.removeAllListeners("exit");
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
