import {
  Request,
  type AddRequestsBatchedOptions,
  type AddRequestsBatchedResult,
  type IRequestManager,
  type RequestOptions,
  type RequestQueueOperationInfo,
  type RequestQueueOperationOptions,
  type RequestsLike,
  type Source,
} from '@crawlee/http';

/**
 * The requests of one crawl, in memory: a FIFO (forefront requests first), de-duplicated by
 * `uniqueKey` for the life of the crawl, with the requests in progress counted so the crawl ends
 * only when both are empty.
 *
 * crawlee's default request queue keeps the same facts through its storage layer (memory-storage
 * here): every fetch and every "handled" mark copies, validates and hashes the request, which
 * cost about a quarter of a crawl's CPU. A crawl of one source in one process needs none of that:
 * nothing is persisted (a killed crawl is crawled again), and the queue lives as long as the crawl.
 */
export class CrawlRequestManager implements IRequestManager {
  readonly #known = new Map<string, Request>();
  readonly #waiting: Request[] = [];
  readonly #inProgress = new Set<Request>();
  #handled = 0;
  #nextId = 1;
  /** Set by crawlee on the object it takes for its request queue; unused here. */
  internalTimeoutMillis = 0;
  requestLockSecs = 0;

  async isFinished(): Promise<boolean> {
    return this.#waiting.length === 0 && this.#inProgress.size === 0;
  }

  async isEmpty(): Promise<boolean> {
    return this.#waiting.length === 0;
  }

  async handledCount(): Promise<number> {
    return this.#handled;
  }

  getTotalCount(): number {
    return this.#known.size;
  }

  getPendingCount(): number {
    return this.#waiting.length + this.#inProgress.size;
  }

  async fetchNextRequest<T extends Record<string, unknown> = Record<string, unknown>>(): Promise<Request<T> | null> {
    const request = this.#waiting.shift();
    if (!request) return null;
    this.#inProgress.add(request);
    return request as unknown as Request<T>;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Request> {
    for (;;) {
      const request = await this.fetchNextRequest();
      if (!request) return;
      yield request;
    }
  }

  async markRequestHandled(request: Request): Promise<RequestQueueOperationInfo> {
    if (this.#inProgress.delete(request)) this.#handled += 1;
    request.handledAt ??= new Date().toISOString();
    return this.#info(request, true, true, false);
  }

  async reclaimRequest(request: Request, options: RequestQueueOperationOptions = {}): Promise<RequestQueueOperationInfo> {
    this.#inProgress.delete(request);
    if (options.forefront) this.#waiting.unshift(request);
    else this.#waiting.push(request);
    return this.#info(request, true, false, options.forefront ?? false);
  }

  async addRequest(requestLike: Source, options: RequestQueueOperationOptions = {}): Promise<RequestQueueOperationInfo> {
    const request = requestLike instanceof Request ? requestLike : new Request(toOptions(requestLike));
    const known = this.#known.get(request.uniqueKey);
    if (known) return this.#info(known, true, known.handledAt !== undefined, options.forefront ?? false);
    request.id ??= String(this.#nextId++);
    this.#known.set(request.uniqueKey, request);
    if (options.forefront) this.#waiting.unshift(request);
    else this.#waiting.push(request);
    return this.#info(request, false, false, options.forefront ?? false);
  }

  async addRequestsBatched(requests: RequestsLike, options: AddRequestsBatchedOptions = {}): Promise<AddRequestsBatchedResult> {
    const added = [];
    const overLimit: Source[] = [];
    let budget = options.maxNewRequests ?? Number.POSITIVE_INFINITY;
    for await (const requestLike of requests as AsyncIterable<Source | string>) {
      const source: Source = typeof requestLike === 'string' ? { url: requestLike } : requestLike;
      if (budget <= 0) {
        overLimit.push(source);
        continue;
      }
      const info = await this.addRequest(source, { forefront: options.forefront ?? false });
      if (!info.wasAlreadyPresent) budget -= 1;
      added.push({ uniqueKey: info.uniqueKey, requestId: info.requestId, wasAlreadyPresent: info.wasAlreadyPresent, wasAlreadyHandled: info.wasAlreadyHandled });
    }
    return { addedRequests: added, waitForAllRequestsToBeAdded: Promise.resolve([]), requestsOverLimit: overLimit };
  }

  /** Forgets every request (crawlee calls `drop` on its queue when a crawl is done with it). */
  async drop(): Promise<void> {
    this.#known.clear();
    this.#waiting.length = 0;
    this.#inProgress.clear();
  }

  #info(request: Request, wasAlreadyPresent: boolean, wasAlreadyHandled: boolean, forefront: boolean): RequestQueueOperationInfo {
    return { requestId: request.id ?? '', uniqueKey: request.uniqueKey, wasAlreadyPresent, wasAlreadyHandled, forefront };
  }
}

function toOptions(source: Source): RequestOptions {
  if ('requestsFromUrl' in source && source.requestsFromUrl) throw new Error('requestsFromUrl is not supported by this crawl');
  return source as RequestOptions;
}
