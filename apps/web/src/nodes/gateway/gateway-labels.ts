/** `gatewayLabels` as one text field: comma-separated; empty means "its own environment's name". */
export function parseGatewayLabels(text: string): string[] | undefined {
  const labels = text
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return labels.length > 0 ? [...new Set(labels)] : undefined;
}

export function formatGatewayLabels(labels: readonly string[] | undefined): string {
  return (labels ?? []).join(', ');
}
