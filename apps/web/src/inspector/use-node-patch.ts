/** Apply a change to one node: validated with the core's Node schema, committed per field. */
import { formatPath, Node, type Diagnostic } from '@apim-designer/topology';
import { useCallback } from 'react';
import { updateNode } from '../model/ops.js';
import { useDesignerDispatch, useTopologyGetter } from '../state/designer-context.js';

/**
 * Applies `patch` (fields of the node's own kind) and returns null, or returns why it was refused.
 * `field` names the field for the undo history: edits of one field in a row are one step.
 */
export type Patch<N extends Node> = (field: string, patch: Partial<N>) => string | null;

export function useNodePatch<N extends Node>(node: N): Patch<N> {
  const dispatch = useDesignerDispatch();
  const get = useTopologyGetter();
  return useCallback(
    (field, patch) => {
      const res = Node.safeParse({ ...node, ...patch });
      if (!res.success) {
        const issue = res.error.issues[0];
        if (!issue) return 'This value is not accepted.';
        const where = issue.path.length > 1 ? `${formatPath(issue.path.map(String))}: ` : '';
        return `${where}${issue.message}`;
      }
      dispatch({
        type: 'commit',
        topology: updateNode(get(), res.data),
        key: `${node.id}:${field}`,
      });
      return null;
    },
    [node, dispatch, get],
  );
}

/** Diagnostics that point at one field of a node (`["nodes", i, ...field]`). */
export function fieldProblems(
  diagnostics: readonly Diagnostic[],
  nodeId: string,
  ...field: string[]
): string[] {
  return diagnostics
    .filter(
      (d) =>
        d.nodeId === nodeId &&
        d.path !== undefined &&
        d.path.length === field.length + 2 &&
        field.every((f, i) => d.path?.[i + 2] === f),
    )
    .map((d) => d.message);
}
