import type { TomlSection, TomlTable } from '../toml.js';

/**
 * `[secrets]` for every `$secret{alias}` the file refers to. The cipher tool needs the plain value
 * in brackets here, then encrypts it in place (`bin/ciphertool.sh -Dconfigure`); it must be the last table.
 */
export function secretsSection(aliases: readonly string[]): TomlSection[] {
  if (aliases.length === 0) return [];
  const values: TomlTable = {};
  for (const a of aliases)
    values[a] = '[REPLACE-WITH-THE-VALUE, then run bin/ciphertool.sh -Dconfigure]';
  return [
    {
      table: ['secrets'],
      comment: [
        'Secrets referenced with $secret{...} above. Put each value between the brackets and run the cipher tool.',
      ],
      values,
    },
  ];
}
