import { describe, expect, it } from 'vitest';
import { formatGatewayLabels, parseGatewayLabels } from './gateway-labels.js';

describe('gateway labels', () => {
  it('reads comma-separated labels, trimmed, without blanks or repeats', () => {
    expect(parseGatewayLabels(' Default , us-east,,Default ')).toEqual(['Default', 'us-east']);
  });

  it('reads an empty field as "no labels" (the environment name is used)', () => {
    expect(parseGatewayLabels('  , ')).toBeUndefined();
  });

  it('writes them back the way they are typed', () => {
    expect(formatGatewayLabels(['Default', 'us-east'])).toBe('Default, us-east');
    expect(formatGatewayLabels(undefined)).toBe('');
  });
});
