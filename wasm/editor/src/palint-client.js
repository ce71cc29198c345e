// Promise-based calls into the palint worker.
export class PalintClient {
  /**
   * `url`: the worker's script; `module`: a promise of palint's compiled WebAssembly module,
   * handed to the worker once compiled (null when it failed: the worker then loads it itself).
   */
  constructor(url, module) {
    this.worker = new Worker(url, { type: "module" });
    this.pending = new Map();
    this.prefetched = new Map();
    this.nextId = 1;
    // Settles once the worker answers its first message (or fails to load). Until the worker's
    // script has run, the browser keeps messages to it on this thread and hands them over in a
    // task of this thread: the answer says they have all reached the worker.
    this.started = new Promise((resolve) => {
      this.worker.addEventListener("error", resolve, { once: true });
      this.markStarted = resolve;
    });
    this.worker.postMessage({ hello: true });
    module.then(
      (compiled) => this.worker.postMessage({ module: compiled }),
      () => this.worker.postMessage({ module: null }),
    );
    this.worker.onmessage = ({ data }) => {
      if (data.started) {
        this.markStarted();
        return;
      }
      const request = this.pending.get(data.id);
      if (!request) return;
      this.pending.delete(data.id);
      if ("error" in data) request.reject(new Error(data.error));
      else request.resolve(data.result);
    };
  }

  call(op, args = {}) {
    const key = JSON.stringify([op, args]);
    const early = this.prefetched.get(key);
    if (early) {
      this.prefetched.delete(key);
      return early;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...args });
    });
  }

  /** Sends a call now; the first `call` with the same arguments gets its answer (also returned). */
  prefetch(op, args = {}) {
    const answer = this.call(op, args);
    // An answer nobody asks for must not be reported as unhandled.
    answer.catch(() => {});
    this.prefetched.set(JSON.stringify([op, args]), answer);
    return answer;
  }
}
