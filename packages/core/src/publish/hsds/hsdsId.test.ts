import { describe, expect, it } from 'vitest';
import { HSDS_NAMESPACE, hsdsId } from './hsdsId.js';
import { uuidV5 } from './uuidV5.js';

describe('hsdsId', () => {
  it('is UUID v5 over kind, region and id', () => {
    expect(hsdsId('organization', 'etela-savo', 'eloisa')).toBe('40bf6dce-a791-5be2-8da6-50b204984795');
    expect(hsdsId('service', 'etela-savo', 'rantasalmi-open-meeting-place')).toBe(
      uuidV5(HSDS_NAMESPACE, 'service:etela-savo:rantasalmi-open-meeting-place'),
    );
  });

  it('differs by kind and by region', () => {
    const ids = new Set([hsdsId('service', 'a', 'x'), hsdsId('location', 'a', 'x'), hsdsId('service', 'b', 'x')]);
    expect(ids.size).toBe(3);
  });
});
