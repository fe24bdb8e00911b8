/**
 * jndi.properties of a 2.x Publisher: the Traffic Managers' brokers (2.6 guide, "Configure the
 * Publisher": connectionfactory.TopicConnectionFactory; with several Traffic Managers, every broker, as
 * WSO2's 2.6 resources do: kubernetes-apim v2.6.0.9 pattern-3 apim-publisher jndi.properties:19).
 */
import { memberNodes } from '../../generate/urls.js';
import type { TopologyModel } from '../../model.js';
import type { ApimNode } from '../../topology.js';
import { brokerUrl } from './api-manager.js';
import { placeholderNote } from './fragment.js';

export interface PropertiesFragment {
  readonly file: 'repository/conf/jndi.properties';
  readonly key: string;
  readonly value: string;
  readonly note?: string;
}

export function jndiBroker(model: TopologyModel, node: ApimNode): PropertiesFragment[] {
  const tms = memberNodes(model.reach(node.id, 'traffic-manager'));
  if (tms.length === 0) return [];
  // jndi.properties is read as it is: the super admin goes in literally, not as ${admin.*}.
  const { username, password } = model.topology.settings.superAdmin;
  const note = placeholderNote([username, password]);
  return [
    {
      file: 'repository/conf/jndi.properties',
      key: 'connectionfactory.TopicConnectionFactory',
      value: brokerUrl(tms, username, password),
      ...(note ? { note } : {}),
    },
  ];
}

/** A value or key as a .properties line needs it: backslashes, line breaks and non-Latin-1 escaped. */
export function propertiesText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/[^\u0020-\u00ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
