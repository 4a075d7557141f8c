/**
 * What vector-guard needs from an embedding model, and nothing more: the detector is built against
 * this interface so that the model (a small ONNX network whose L2-normalised hidden layer is the
 * embedding), a model pack, or a test's fake can be swapped without touching the search or the
 * scoring.
 */
export interface Embedder {
  /**
   * Names the vector space: the model and its version (e.g. `rampart-embed@1.0.0`). Vectors from
   * two embedders are not comparable, so the bundled index and every stored feedback vector carry
   * the id they were made with, and vectors with another id are never compared.
   */
  readonly id: string;
  /** Length of every vector `embed` returns. */
  readonly dims: number;
  /** An L2-normalised vector of `dims` numbers (the zero vector for text with no features). */
  embed(text: string, signal?: AbortSignal): Promise<Float32Array>;
}
