/**
 * WSO2's container images per release (wso2/docker-apim, read at each branch's head: 3.1.x 53d34fb7d33b,
 * 3.2.x 53005d461bfb, 4.0.x 8d4b3be487be, 4.1.x 6a65d6309cec, 4.2.x 74ccd58ba0c1, 4.3.x ece91d674c35,
 * 4.4.x 10ff4ceb10d9, 4.5.x a6f644928fc1, 4.6.x 41c1e7462682, 4.7.x a7a0bb99b75d).
 */
import type { ContainerFacts } from './facts.js';

/**
 * ≤4.4: one image, `wso2am`, for every role: the entrypoint runs profileSetup.sh and the start script
 * with `-Dprofile=$PROFILE_NAME` (dockerfiles/ubuntu/apim/docker-entrypoint.sh:53-73 on 3.1.x–4.4.x).
 */
export function onePackImages(version: string, mysqlImage: string, source: string): ContainerFacts {
  const image = `wso2/wso2am:${version}`;
  return {
    images: {
      'all-in-one': image,
      'control-plane': image,
      'key-manager': image,
      gateway: image,
      'traffic-manager': image,
    },
    mysqlImage,
    source,
  };
}

/**
 * 4.5+: an image per component (dockerfiles/ubuntu/apim-acp, apim-tm, apim-universal-gw, apim); "There is
 * no separate Docker image for the Key Manager. The ACP image should be used" (helm-apim 4.5.x
 * docs/am-pattern-4-ACP_TM_GW_KM/README.md:85), started with PROFILE_NAME=key-manager
 * (apim-acp/docker-entrypoint.sh:53-57).
 */
export function componentImages(
  version: string,
  mysqlImage: string,
  source: string,
): ContainerFacts {
  return {
    images: {
      'all-in-one': `wso2/wso2am:${version}`,
      'control-plane': `wso2/wso2am-acp:${version}`,
      'key-manager': `wso2/wso2am-acp:${version}`,
      gateway: `wso2/wso2am-universal-gw:${version}`,
      'traffic-manager': `wso2/wso2am-tm:${version}`,
    },
    mysqlImage,
    source,
  };
}
