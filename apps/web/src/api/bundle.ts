import type { DeployTarget, Topology } from '@apim-designer/topology';
import { mutationOptions } from '@tanstack/react-query';
import { jsonInit, request } from './http.js';

export interface BundleFile {
  readonly blob: Blob;
  readonly fileName: string;
}

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain?.[1] ?? fallback;
}

/** POST /bundle?target=: the zip of the bundle, or an ApiError carrying the diagnostics (422). */
export function bundleMutationOptions() {
  return mutationOptions({
    mutationKey: ['bundle'],
    mutationFn: async (input: {
      topology: Topology;
      target: DeployTarget;
    }): Promise<BundleFile> => {
      const res = await request(
        `/bundle?target=${encodeURIComponent(input.target)}`,
        jsonInit('POST', input.topology),
      );
      return { blob: await res.blob(), fileName: fileNameOf(res, 'apim-bundle.zip') };
    },
  });
}
