import type { Topology } from '@apim-designer/topology';
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  type Dispatch,
  type ReactNode,
} from 'react';
import {
  designerReducer,
  initialState,
  type DesignerAction,
  type DesignerState,
  type Selection,
} from './designer-reducer.js';

export interface Designer {
  readonly state: DesignerState;
  readonly topology: Topology;
  readonly readOnly: boolean;
}

const StateContext = createContext<Designer | null>(null);
const DispatchContext = createContext<Dispatch<DesignerAction> | null>(null);
/** A stable getter for code that reads the document in event handlers (edge hover text). */
const GetterContext = createContext<(() => Topology) | null>(null);
const SelectionGetterContext = createContext<(() => Selection) | null>(null);

export function DesignerProvider(props: {
  initial: Topology;
  readOnly: boolean;
  children: ReactNode;
}) {
  const [state, dispatch] = useReducer(designerReducer, props.initial, initialState);
  const topology = state.history.present;
  const ref = useRef(state);
  useLayoutEffect(() => {
    ref.current = state;
  }, [state]);
  const get = useCallback(() => ref.current.history.present, []);
  const getSelection = useCallback(() => ref.current.selection, []);
  const value = useMemo(
    () => ({ state, topology, readOnly: props.readOnly }),
    [state, topology, props.readOnly],
  );
  return (
    <DispatchContext value={dispatch}>
      <GetterContext value={get}>
        <SelectionGetterContext value={getSelection}>
          <StateContext value={value}>{props.children}</StateContext>
        </SelectionGetterContext>
      </GetterContext>
    </DispatchContext>
  );
}

export function useDesigner(): Designer {
  const v = useContext(StateContext);
  if (!v) throw new Error('useDesigner outside DesignerProvider');
  return v;
}

export function useDesignerDispatch(): Dispatch<DesignerAction> {
  const v = useContext(DispatchContext);
  if (!v) throw new Error('useDesignerDispatch outside DesignerProvider');
  return v;
}

export function useTopologyGetter(): () => Topology {
  const v = useContext(GetterContext);
  if (!v) throw new Error('useTopologyGetter outside DesignerProvider');
  return v;
}

export function useSelectionGetter(): () => Selection {
  const v = useContext(SelectionGetterContext);
  if (!v) throw new Error('useSelectionGetter outside DesignerProvider');
  return v;
}
