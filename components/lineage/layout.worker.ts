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

// A small layout while the page is still hydrating: ELK's first run pays for compiling its
// layered pipeline, and the first real graph should not.
void layoutGraph({
  nodes: Array.from({ length: 24 }, (_, i) => ({ id: `w${i}`, width: 220, height: 64, layer: i % 4, order: Math.floor(i / 4) })),
  edges: Array.from({ length: 18 }, (_, i) => ({ id: `e${i}`, from: `w${i}`, to: `w${i + 4 + (i % 2)}` })),
}).catch(() => undefined);
