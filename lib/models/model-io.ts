/** Tensor names shared by the ONNX writer (lib/training/onnx-export.ts) and the runtime adapter. */
export const MODEL_IO = {
  ids: 'ids',
  weights: 'weights',
  scores: 'scores',
  embedding: 'embedding',
} as const;
