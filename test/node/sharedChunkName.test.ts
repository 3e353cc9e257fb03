// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sharedChunkName } from '../../scripts/build/sharedChunkName';

describe('sharedChunkName', () => {
  it('names a chunk after the one source folder its modules come from', () => {
    expect(sharedChunkName(['/repo/src/mock/createFakeScheduler.ts', '/repo/src/mock/helpers/dateKeys.ts'])).toBe('mock');
    expect(sharedChunkName(['C:\\repo\\src\\api\\meetingsApiPaths.ts'])).toBe('api');
  });

  it('falls back to "shared" for a mix of folders or no source module', () => {
    expect(sharedChunkName(['/repo/src/api/a.ts', '/repo/src/mock/b.ts'])).toBe('shared');
    expect(sharedChunkName(['/repo/node_modules/date-fns/index.js'])).toBe('shared');
  });
});
