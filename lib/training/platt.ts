import { sigmoid } from './embedding-bag-mlp.ts';

/**
 * Platt scaling: fits p = sigmoid(a·logit + b) to held-out labels by Newton's method on the
 * log-loss (with step halving, since raw logits can be large enough for a full Newton step to
 * overshoot), using Platt's smoothed targets so a perfectly separated set does not push `a` to
 * infinity. The network's class weighting skews its raw probabilities; this undoes that so a
 * policy threshold of 0.5 means "more likely than not".
 */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): { slope: number; intercept: number } {
  const positives = labels.filter((label) => label > 0.5).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return { slope: 1, intercept: 0 };
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const targets = labels.map((label) => (label > 0.5 ? high : low));
  const loss = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = a * logits[i]! + b;
      // log(1 + e^z) − t·z, written to stay finite for large |z|.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - targets[i]! * z;
    }
    return sum;
  };
  // Start flat at the prior (where the curvature is well away from zero; the loss is convex, so
  // damped Newton steps from there converge even when the raw logits are huge).
  let a = 0;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const x = logits[i]!;
      const p = sigmoid(a * x + b);
      const residual = p - targets[i]!;
      const curvature = p * (1 - p);
      ga += residual * x;
      gb += residual;
      haa += curvature * x * x;
      hab += curvature * x;
      hbb += curvature;
    }
    const det = haa * hbb - hab * hab;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - da, b - db);
    while (!(next <= current) && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (!(next <= current)) break;
    a -= step * da;
    b -= step * db;
    const improved = current - next;
    current = next;
    if (improved < 1e-10 * Math.max(1, Math.abs(current))) break;
  }
  return { slope: a, intercept: b };
}
