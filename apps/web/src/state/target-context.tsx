/**
 * The deploy target the designer renders for (the core's targets: servers, Docker Compose, Helm):
 * chosen beside Download, it decides the bundle, the preview and the target's diagnostics.
 */
import { DEFAULT_TARGET, type DeployTarget } from '@apim-designer/topology/meta';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface TargetState {
  readonly target: DeployTarget;
  readonly setTarget: (target: DeployTarget) => void;
}

const TargetContext = createContext<TargetState | null>(null);

export function TargetProvider(props: { children: ReactNode }) {
  const [target, setTarget] = useState<DeployTarget>(DEFAULT_TARGET);
  const value = useMemo(() => ({ target, setTarget }), [target]);
  return <TargetContext value={value}>{props.children}</TargetContext>;
}

export function useDeployTarget(): TargetState {
  const v = useContext(TargetContext);
  if (!v) throw new Error('useDeployTarget outside TargetProvider');
  return v;
}
