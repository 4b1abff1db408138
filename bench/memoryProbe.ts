/**
 * Preloaded into the server by `bench:soak` (`node --expose-gc -r dist/bench/memoryProbe.js …/main.js`): reports the
 * process's heap over the IPC channel, so the server itself needs no endpoint or variable for it. Every second it
 * sends `process.memoryUsage()`; asked `'gc'`, it collects garbage first and answers with the live heap.
 */
type Usage = NodeJS.MemoryUsage & { afterGc: boolean };

const send = process.send?.bind(process);
if (send) {
  const report = (afterGc: boolean) => send({ ...process.memoryUsage(), afterGc } satisfies Usage);
  setInterval(() => report(false), 1000).unref();
  process.on('message', (message) => {
    if (message !== 'gc') return;
    global.gc?.();
    report(true);
  });
}
