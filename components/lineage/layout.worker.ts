/// <reference lib="webworker" />
import { layoutGraph, type LayoutRequest } from "./elk-layout";

/** ELK runs here, off the main thread, so panning and typing stay responsive while it works. */
self.onmessage = async (event: MessageEvent<{ id: number; request: LayoutRequest }>) => {
  const { id, request } = event.data;
  try {
    const result = await layoutGraph(request);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
