/**
 * Adam for a parameter array, with lazy updates for sparse rows: an embedding row is only moved
 * when one of its features occurs (as fastText and PyTorch's SparseAdam do), so an epoch costs
 * what the data touches, not the whole table.
 */
export interface AdamSettings {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Decoupled weight decay (AdamW); 0 for none. */
  weightDecay: number;
}

export const DEFAULT_ADAM: AdamSettings = { learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 };

export class Adam {
  private readonly first: Float32Array;
  private readonly second: Float32Array;
  private step = 0;
  private correction1 = 1;
  private correction2 = 1;

  constructor(
    private readonly parameters: Float32Array,
    private readonly settings: AdamSettings,
  ) {
    this.first = new Float32Array(parameters.length);
    this.second = new Float32Array(parameters.length);
  }

  /** Advances the step count once per example/batch, before the `update*` calls of that step. */
  tick(learningRateScale = 1): void {
    this.step += 1;
    this.correction1 = 1 - this.settings.beta1 ** this.step;
    this.correction2 = 1 - this.settings.beta2 ** this.step;
    this.scale = learningRateScale;
  }

  private scale = 1;

  /** Updates `length` parameters from `offset` with `gradient[gradientOffset…]`. */
  update(offset: number, gradient: Float64Array, gradientOffset = 0, length = gradient.length): void {
    const { beta1, beta2, epsilon, weightDecay } = this.settings;
    const rate = this.settings.learningRate * this.scale;
    const decay = 1 - rate * weightDecay;
    const first = this.first;
    const second = this.second;
    const parameters = this.parameters;
    const c1 = 1 / this.correction1;
    const c2 = 1 / this.correction2;
    for (let i = 0; i < length; i++) {
      const index = offset + i;
      const g = gradient[gradientOffset + i]!;
      const m = beta1 * first[index]! + (1 - beta1) * g;
      const v = beta2 * second[index]! + (1 - beta2) * g * g;
      first[index] = m;
      second[index] = v;
      parameters[index] = parameters[index]! * decay - (rate * m * c1) / (Math.sqrt(v * c2) + epsilon);
    }
  }
}
