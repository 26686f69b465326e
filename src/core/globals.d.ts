// The core runs in browsers, workers and Node: it may use only what all three share. TextDecoder
// is one of those, but it is declared by the DOM and Node typings, which the core does not load.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
