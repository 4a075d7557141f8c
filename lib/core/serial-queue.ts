/**
 * A queue that runs async tasks one at a time, in order; a failing task does not stop the ones
 * after it. For read-modify-write on shared storage and for runtimes that cannot run two requests
 * at once (onnxruntime-web's WASM heap).
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
