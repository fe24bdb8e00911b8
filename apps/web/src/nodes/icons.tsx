/** One glyph per icon name of the core's kind metadata. Decorative: the name is always beside it. */
import type { IconName } from '@apim-designer/topology';
import type { ReactElement } from 'react';

const PATHS: Record<IconName, ReactElement> = {
  layers: (
    <>
      <path d="M12 3l9 5-9 5-9-5z" />
      <path d="M3 13l9 5 9-5" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M18 12v3M21 12v2" />
    </>
  ),
  gauge: (
    <>
      <path d="M4 17a8 8 0 1 1 16 0" />
      <path d="M12 17l4-6" />
    </>
  ),
  upload: (
    <>
      <path d="M12 16V5M7 10l5-5 5 5" />
      <path d="M5 19h14" />
    </>
  ),
  store: (
    <>
      <path d="M4 9l2-5h12l2 5" />
      <path d="M5 9v10h14V9M4 9h16M10 19v-5h4v5" />
    </>
  ),
  gateway: (
    <>
      <path d="M3 12h6M15 12h6M9 6h6v12H9z" />
      <path d="M18 9l3 3-3 3" />
    </>
  ),
  cube: (
    <>
      <path d="M12 3l8 4.5v9L12 21l-8-4.5v-9z" />
      <path d="M4 7.5l8 4.5 8-4.5M12 12v9" />
    </>
  ),
  balance: (
    <>
      <path d="M12 4v16M6 20h12M5 7h14" />
      <path d="M5 7l-3 6h6zM19 7l-3 6h6z" />
    </>
  ),
  database: (
    <>
      <ellipse cx="12" cy="6" rx="7" ry="3" />
      <path d="M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3" />
    </>
  ),
  memory: (
    <>
      <rect x="4" y="7" width="16" height="10" rx="1" />
      <path d="M8 7v10M12 7v10M16 7v10M6 4v3M18 4v3M6 17v3M18 17v3" />
    </>
  ),
};

export function KindIcon({ icon, size = 20 }: { icon: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[icon]}
    </svg>
  );
}
