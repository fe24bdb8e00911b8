import { describe, expect, it } from 'vitest';
import { sessionFromLocation } from './share-location.js';

describe('sessionFromLocation', () => {
  it('reads view and edit links', () => {
    expect(sessionFromLocation({ search: '', hash: '' })).toEqual({ mode: 'local' });
    expect(sessionFromLocation({ search: '?share=abc', hash: '' })).toEqual({
      mode: 'view',
      id: 'abc',
    });
    expect(sessionFromLocation({ search: '?share=abc', hash: '#edit=tok' })).toEqual({
      mode: 'edit',
      id: 'abc',
      token: 'tok',
    });
  });
});
