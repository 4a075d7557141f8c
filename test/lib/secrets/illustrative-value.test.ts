import { describe, expect, it } from 'vitest';
import { isIllustrativeValue } from '../../../lib/secrets/illustrative-value.ts';

describe('isIllustrativeValue', () => {
  it.each(['securePass123', 'john1234', 'P@ssw0rd!', 'eXamPl3T0K3n', 'secureAccessToken12345', '12345', 'QWEqwe20', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'])(
    '%j is an example value',
    (value) => expect(isIllustrativeValue(value)).toBe(true),
  );
  it.each(['Xq7!vLp2#Rz', 'q3Xf9Lk2Vb7Nm4Rt8Wz1Yc5Hd0Jg6Ps2Ue8Ai4Ko', 'Kd92!xPq7', 'dafa7817-e246-48f3-91a7-e87653d587b8'])('%j may be real', (value) =>
    expect(isIllustrativeValue(value)).toBe(false),
  );
});
