/**
 * Main-thread side of the parse worker. One request at a time per client; cancelling or a time
 * limit terminates the worker (a runaway parse cannot be interrupted any other way) and the next
 * request starts a fresh one. If a worker cannot start at all, the same core runs here.
 */
import type { SourceInput } from '../core/model/document';
import type { ParseRequest, ParseResponse } from './protocol';

export type ParsedFile = Extract<ParseResponse, { type: 'parsed' }>;

export class ParseCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'ParseCancelled';
  }
}

const DEFAULT_TIMEOUT_MS = 60_000;

export class ParseClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private workerBroken = false;

  private getWorker(): Worker | null {
    if (this.workerBroken) return null;
    if (!this.worker) {
      try {
        this.worker = new Worker(new URL('./parse.worker.ts', import.meta.url), {
          type: 'module',
          name: 'parse',
        });
      } catch {
        this.workerBroken = true;
        return null;
      }
    }
    return this.worker;
  }

  private reset(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Parses one input. Rejects with ParseCancelled on abort; resolves with data otherwise. */
  parse(
    input: SourceInput,
    options: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<ParseResponse> {
    const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
    if (signal?.aborted) return Promise.reject(new ParseCancelled());
    const worker = this.getWorker();
    const request: ParseRequest = { type: 'parse', id: this.nextId++, input };
    if (!worker) return this.parseOnMainThread(request);

    return new Promise<ParseResponse>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent<ParseResponse>) => {
        if (event.data.id !== request.id) return;
        finish();
        resolve(event.data);
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        finish();
        this.reset();
        resolve({ type: 'failed', id: request.id, error: event.message || 'The parser crashed.' });
      };
      const onAbort = () => {
        finish();
        this.reset();
        reject(new ParseCancelled());
      };
      const timer = setTimeout(() => {
        finish();
        this.reset();
        resolve({
          type: 'failed',
          id: request.id,
          error: `Reading it took longer than ${Math.round(timeoutMs / 1000)} s, so it was stopped.`,
        });
      }, timeoutMs);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      // Copy, not transfer: the caller may still need the bytes to store them.
      worker.postMessage(request);
    });
  }

  private async parseOnMainThread(request: ParseRequest): Promise<ParseResponse> {
    const [{ handleParseRequest }, { browserEngines }] = await Promise.all([
      import('./handle-request'),
      import('./engines'),
    ]);
    return handleParseRequest(request, browserEngines);
  }

  dispose(): void {
    this.reset();
  }
}
