/**
 * 2.x data sources: master-datasources.xml, user-mgt.xml and registry.xml as the 2.6 guide
 * "Installing and Configuring the Databases" sets them on the Key Manager, Publisher and Store
 * (steps 10-13; WSO2's own 2.6 resources, kubernetes-apim v2.6.0.9 pattern-3, do the same). The
 * database the designer calls WSO2SHARED_DB holds the user store (WSO2UM_DB) and the registry
 * (WSO2REG_DB), as WSO2SHARED_DB does from 3.0; dbscripts/<engine>.sql creates both.
 */
import { urlHost } from '../../fields.js';
import { jdbcUrl } from '../../generate/base.js';
import { DATABASE_ENGINES } from '../../kinds/database-engines.js';
import type { TopologyModel } from '../../model.js';
import type { ApimNode, DatabaseNode } from '../../topology.js';
import { el, type XmlElement } from '../xml.js';
import { placeholderNote, text, type Fragment } from './fragment.js';

const DATASOURCES = 'repository/conf/datasources/master-datasources.xml';

interface Source {
  readonly name: 'WSO2AM_DB' | 'WSO2UM_DB' | 'WSO2REG_DB';
  readonly description: string;
  /** Only WSO2AM_DB sets defaultAutoCommit false in the guide. */
  readonly autoCommit: boolean;
}

const SOURCES = {
  apim: {
    name: 'WSO2AM_DB',
    description: 'The datasource used for the API Manager database',
    autoCommit: false,
  },
  users: {
    name: 'WSO2UM_DB',
    description: 'The datasource used by user manager',
    autoCommit: true,
  },
  registry: {
    name: 'WSO2REG_DB',
    description: 'The datasource used by the registry',
    autoCommit: true,
  },
} as const satisfies Record<string, Source>;

function datasource(
  model: TopologyModel,
  source: Source,
  db: DatabaseNode,
  dbName: string,
): Fragment {
  const engine = DATABASE_ENGINES[db.engine];
  const driver = model.version.jdbc[db.engine]?.driver ?? engine.driverClass;
  const configuration: XmlElement[] = [
    text('url', jdbcUrl(db, dbName, model.version)),
    text('username', db.username),
    text('password', db.password),
    ...(source.autoCommit ? [] : [text('defaultAutoCommit', 'false')]),
    text('driverClassName', driver),
    text('maxActive', '50'),
    text('maxWait', '60000'),
    text('testOnBorrow', 'true'),
    text('validationQuery', engine.validationQuery),
    text('validationInterval', '30000'),
  ];
  const note = placeholderNote([db.username, db.password]);
  return {
    file: DATASOURCES,
    path: `/datasources-configuration/datasources/datasource[name='${source.name}']`,
    ...(note ? { note } : {}),
    element: el(
      'datasource',
      undefined,
      text('name', source.name),
      text('description', source.description),
      el('jndiConfig', undefined, text('name', `jdbc/${source.name}`)),
      el('definition', { type: 'RDBMS' }, el('configuration', undefined, ...configuration)),
    ),
  };
}

/** WSO2AM_DB on the database node the node is wired to for it (none: the pack's H2 stays). */
export function apimDatasource(model: TopologyModel, node: ApimNode): Fragment[] {
  const db = model.databases(node.id, 'apim_db')[0];
  if (!db?.apimDbName) return [];
  return [datasource(model, SOURCES.apim, db, db.apimDbName)];
}

/** WSO2UM_DB and the user store reading it. */
export function userStoreDatasource(model: TopologyModel, node: ApimNode): Fragment[] {
  const db = model.databases(node.id, 'shared_db')[0];
  if (!db?.sharedDbName) return [];
  return [
    datasource(model, SOURCES.users, db, db.sharedDbName),
    {
      file: 'repository/conf/user-mgt.xml',
      path: "/UserManager/Realm/Configuration/Property[@name='dataSource']",
      element: el('Property', { name: 'dataSource' }, 'jdbc/WSO2UM_DB'),
    },
  ];
}

/**
 * WSO2REG_DB and the governance and configuration registries mounted on it (guide step 12; keep the
 * `wso2registry` dbConfig on jdbc/WSO2CarbonDB: "This configuration is necessary and must always exist").
 */
export function registryMounts(model: TopologyModel, node: ApimNode): Fragment[] {
  const db = model.databases(node.id, 'shared_db')[0];
  if (!db?.sharedDbName) return [];
  const registry = 'repository/conf/registry.xml';
  const mount = (path: string): Fragment => ({
    file: registry,
    path: `/wso2registry/mount[@path='${path}']`,
    element: el(
      'mount',
      { path, overwrite: 'true' },
      text('instanceId', 'gov'),
      text('targetPath', path),
    ),
  });
  const engine = DATABASE_ENGINES[db.engine];
  const plainUrl = engine.jdbcUrl(urlHost(db.host), db.port ?? engine.defaultPort, db.sharedDbName);
  return [
    datasource(model, SOURCES.registry, db, db.sharedDbName),
    {
      file: registry,
      path: "/wso2registry/dbConfig[@name='govregistry']",
      element: el('dbConfig', { name: 'govregistry' }, text('dataSource', 'jdbc/WSO2REG_DB')),
    },
    {
      file: registry,
      path: "/wso2registry/remoteInstance[id='gov']",
      note: 'cacheId is <database user>@<JDBC URL of the registry database> (guide step 12).',
      element: el(
        'remoteInstance',
        { url: 'https://localhost:9443/registry' },
        text('id', 'gov'),
        text('cacheId', `${db.username}@${plainUrl}`),
        text('dbConfig', 'govregistry'),
        text('readOnly', 'false'),
        text('enableCache', 'true'),
        text('registryRoot', '/'),
      ),
    },
    mount('/_system/governance'),
    mount('/_system/config'),
    {
      file: registry,
      path: '/wso2registry/indexingConfiguration/skipCache',
      note: 'Uncommented on every Publisher and Store node (guide step 13).',
      element: text('skipCache', 'true'),
    },
  ];
}
