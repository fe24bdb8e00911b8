import { describe, expect, it } from 'vitest';
import { attachment, safeFileName } from './content-disposition.js';

describe('safeFileName', () => {
  it.each([
    ['distributed 3.2.0', 'distributed-3.2.0.zip'],
    ['../../etc/passwd', 'etc-passwd.zip'],
    ['Café "prod"\r\nX-Evil: 1', 'Cafe-prod-X-Evil-1.zip'],
    ['', 'topology.zip'],
    ['///', 'topology.zip'],
    ['日本', 'topology.zip'],
  ])('%j → %s', (name, expected) => {
    expect(safeFileName(name, 'zip')).toBe(expected);
  });

  it('caps the length', () => {
    expect(safeFileName('a'.repeat(500), 'zip')).toHaveLength(104);
  });

  it('quotes the name in the header', () => {
    expect(attachment('x.zip')).toBe('attachment; filename="x.zip"');
  });
});
