/// <reference lib="webworker" />
/**
 * The parse worker: a thin switch over the pure core. Heavy engines (pdf.js, mammoth) are
 * loaded lazily by `browserEngines` only when such a file arrives.
 */
import { browserEngines } from './engines';
import { handleParseRequest } from './handle-request';
import type { ParseRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  if (event.data?.type !== 'parse') return;
  self.postMessage(await handleParseRequest(event.data, browserEngines));
};
