import onnxProto, { type onnx as OnnxTypes } from 'onnx-proto';
import { MODEL_IO } from '../models/model-io.ts';
import type { NetworkWeights } from './embedding-bag-mlp.ts';
import type { QuantizedEmbedding } from './quantize.ts';

const { onnx } = onnxProto;

/** Platt scaling per output, folded into the graph: score = sigmoid(a · logit + b). */
export interface Calibration {
  slopes: Float32Array;
  intercepts: Float32Array;
}


const OPSET = 13;
const { FLOAT, INT8, INT64 } = onnx.TensorProto.DataType;

function tensor(name: string, dims: number[], dataType: number, bytes: Uint8Array) {
  return onnx.TensorProto.create({ name, dims, dataType, rawData: bytes });
}
const floats = (name: string, dims: number[], values: Float32Array) =>
  tensor(name, dims, FLOAT, new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)));
const int64s = (name: string, values: number[]) => {
  const array = BigInt64Array.from(values.map(BigInt));
  return tensor(name, [values.length], INT64, new Uint8Array(array.buffer));
};
const node = (opType: string, inputs: string[], outputs: string[], attribute: OnnxTypes.IAttributeProto[] = []) =>
  onnx.NodeProto.create({ opType, input: inputs, output: outputs, name: outputs[0], attribute });
const valueInfo = (name: string, elemType: number, dims: Array<number | string>) =>
  onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })) },
      },
    },
  });

/**
 * Writes the network as an ONNX model (opset 13, operators every onnxruntime build has):
 * Gather int8 rows → Cast → weighted mean as a [1×N]·[N×D] MatMul → Dense+ReLU (the `embedding`
 * output) → Dense → Platt → Sigmoid (the `scores` output). The bytes depend only on the weights, so
 * the same training run gives the same file.
 */
export function exportOnnx(
  weights: NetworkWeights,
  quantized: QuantizedEmbedding,
  calibration: Calibration,
  metadata: Record<string, string>,
): Uint8Array {
  const { buckets, embeddingDims: d, hiddenDims: h, outputs: k } = weights.shape;
  const initializer = [
    tensor('embedding_int8', [buckets, d], INT8, new Uint8Array(quantized.values.buffer.slice(0))),
    floats('embedding_scale', [buckets], quantized.scales),
    floats('hidden_weight', [d, h], weights.hiddenWeights),
    floats('hidden_bias', [h], weights.hiddenBias),
    floats('output_weight', [h, k], weights.outputWeights),
    floats('output_bias', [k], weights.outputBias),
    floats('platt_slope', [k], calibration.slopes),
    floats('platt_intercept', [k], calibration.intercepts),
    int64s('row_shape', [1, -1]),
  ];
  const nodes = [
    node('Gather', ['embedding_int8', MODEL_IO.ids], ['rows_int8'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
    node('Cast', ['rows_int8'], ['rows'], [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }]),
    node('Gather', ['embedding_scale', MODEL_IO.ids], ['row_scales'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
    node('Mul', ['row_scales', MODEL_IO.weights], ['row_weights']),
    node('Reshape', ['row_weights', 'row_shape'], ['row_weights_2d']),
    node('MatMul', ['row_weights_2d', 'rows'], ['bag']),
    node('MatMul', ['bag', 'hidden_weight'], ['hidden_linear']),
    node('Add', ['hidden_linear', 'hidden_bias'], ['hidden_pre']),
    node('Relu', ['hidden_pre'], [MODEL_IO.embedding]),
    node('MatMul', [MODEL_IO.embedding, 'output_weight'], ['output_linear']),
    node('Add', ['output_linear', 'output_bias'], ['logits']),
    node('Mul', ['logits', 'platt_slope'], ['scaled_logits']),
    node('Add', ['scaled_logits', 'platt_intercept'], ['calibrated_logits']),
    node('Sigmoid', ['calibrated_logits'], [MODEL_IO.scores]),
  ];
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'rampart-train',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: OPSET }],
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    graph: {
      name: 'embedding_bag_mlp',
      node: nodes,
      initializer,
      input: [valueInfo(MODEL_IO.ids, INT64, ['features']), valueInfo(MODEL_IO.weights, FLOAT, ['features'])],
      output: [valueInfo(MODEL_IO.scores, FLOAT, [1, k]), valueInfo(MODEL_IO.embedding, FLOAT, [1, h])],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
