import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { tinyModel } from '../../support/tiny-model.ts';

const { onnx } = onnxProto;

describe('exportOnnx', () => {
  it('writes the same bytes for the same training run', () => {
    expect(Buffer.from(tinyModel().bytes).equals(Buffer.from(tinyModel().bytes))).toBe(true);
  });

  it('declares the inputs/outputs the runtime binds, with int8 embedding rows', () => {
    const model = onnx.ModelProto.decode(tinyModel().bytes);
    expect(model.graph?.input?.map((input) => input.name)).toEqual(['ids', 'weights']);
    expect(model.graph?.output?.map((output) => output.name)).toEqual(['scores', 'embedding']);
    const table = model.graph?.initializer?.find((tensor) => tensor.name === 'embedding_int8');
    expect(table?.dataType).toBe(onnx.TensorProto.DataType.INT8);
    expect(model.metadataProps?.find((prop) => prop.key === 'rampart.model')?.value).toBe('tiny');
  });
});
