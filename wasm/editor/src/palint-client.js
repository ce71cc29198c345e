// Promise-based calls into the palint worker, and answers given before they are asked.
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
    module.then(
      (compiled) => this.worker.postMessage({ module: compiled }),
      () => this.worker.postMessage({ module: null }),
    );
    this.worker.onmessage = ({ data }) => {
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

  /** The answer the first `call` with these arguments gets (an answer given before it is asked). */
  provide(op, args, answer) {
    // An answer nobody asks for must not be reported as unhandled.
    answer.catch(() => {});
    this.prefetched.set(JSON.stringify([op, args]), answer);
  }
}
