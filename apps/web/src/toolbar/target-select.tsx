/** The deploy target beside Download: what the bundle, the preview and the diagnostics are for. */
import { DEPLOY_TARGETS, TARGET_META, type DeployTarget } from '@apim-designer/topology/meta';
import { useDeployTarget } from '../state/target-context.js';

function isTarget(value: string): value is DeployTarget {
  return (DEPLOY_TARGETS as readonly string[]).includes(value);
}

export function TargetSelect() {
  const { target, setTarget } = useDeployTarget();
  return (
    <select
      aria-label="Deploy target"
      title={TARGET_META[target].description}
      value={target}
      onChange={(e) => {
        if (isTarget(e.target.value)) setTarget(e.target.value);
      }}
    >
      {DEPLOY_TARGETS.map((t) => (
        <option key={t} value={t} title={TARGET_META[t].description}>
          {TARGET_META[t].label}
        </option>
      ))}
    </select>
  );
}
