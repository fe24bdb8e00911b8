/** A 2.x fragment: the element that replaces (or is added at) a path of one of the node's files. */
import { isPlaceholder } from '../../fields.js';
import type { TopologyModel } from '../../model.js';
import { el, type XmlElement } from '../xml.js';

/** The node's files the fragments go into (under <API-M_HOME>). */
export type LegacyFile =
  | 'repository/conf/carbon.xml'
  | 'repository/conf/api-manager.xml'
  | 'repository/conf/datasources/master-datasources.xml'
  | 'repository/conf/user-mgt.xml'
  | 'repository/conf/registry.xml';

export interface Fragment {
  readonly file: LegacyFile;
  /** XPath of the element it replaces, or where it is added when the file has none. */
  readonly path: string;
  readonly element: XmlElement;
  readonly note?: string;
}

export const text = (name: string, value: string): XmlElement => el(name, undefined, value);

/** 2.x resolves `${admin.*}` at runtime; WSO2 placeholders of 3.x+ ($env{}, $secret{}) do not exist there. */
export function adminCredentials(model: TopologyModel): { username: string; password: string } {
  const { username, password } = model.topology.settings.superAdmin;
  return isPlaceholder(username) || isPlaceholder(password)
    ? { username: '${admin.username}', password: '${admin.password}' }
    : { username, password };
}

/** Note on a fragment whose value is a 3.x placeholder, which 2.x would read literally. */
export function placeholderNote(values: readonly string[]): string | undefined {
  return values.some(isPlaceholder)
    ? 'API-M 2.x has no $env{} / $secret{} placeholders: put the value here, or protect it with Secure Vault.'
    : undefined;
}
