import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isDatabaseHostKey,
  isDatabasePasswordKey,
  isDatabaseScheme,
  isDatabaseUserKey,
  parseDatabaseUrl,
} from '../../../../../server/src/formats/dotenv/semantics/database-url.ts';

function parts(text: string) {
  const url = parseDatabaseUrl(text);
  if (!url) return undefined;
  const slice = (p?: { start: number; end: number }) => (p ? text.slice(p.start, p.end) : undefined);
  return {
    scheme: url.scheme,
    user: url.user?.text,
    password: url.password?.text,
    host: url.host?.text,
    userSource: slice(url.user),
    passwordSource: slice(url.password),
    hostSource: slice(url.host),
    socket: url.viaSocket,
  };
}

describe('parseDatabaseUrl', () => {
  test("Symfony's default URL", () => {
    assert.deepEqual(parts('postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8'), {
      scheme: 'postgresql',
      user: 'app',
      password: '!ChangeMe!',
      host: '127.0.0.1',
      userSource: 'app',
      passwordSource: '!ChangeMe!',
      hostSource: '127.0.0.1',
      socket: false,
    });
  });

  test('an empty password is present and empty; no password at all is absent', () => {
    assert.equal(parts('mysql://root:@localhost/app')?.password, '');
    assert.equal(parts('mysql://root@localhost/app')?.password, undefined);
    assert.equal(parts('mysql://root@localhost/app')?.user, 'root');
  });

  test('sqlite has no user and no host', () => {
    const url = parts('sqlite:///%kernel.project_dir%/var/data.db');
    assert.equal(url?.user, undefined);
    assert.equal(url?.host, undefined);
  });

  test('percent-encoding is decoded; offsets stay on the source text', () => {
    const url = parts('pgsql://user:p%40ss@%2Fvar%2Frun%2Fpostgresql/db');
    assert.equal(url?.password, 'p@ss');
    assert.equal(url?.passwordSource, 'p%40ss');
    assert.equal(url?.host, '/var/run/postgresql');
    assert.equal(url?.socket, true);
  });

  test('a password with an unencoded @ splits at the last @ before the path', () => {
    const url = parts('mysql://app:p@ss@db:3306/app');
    assert.equal(url?.user, 'app');
    assert.equal(url?.password, 'p@ss');
    assert.equal(url?.host, 'db');
  });

  test('sockets in the query', () => {
    assert.equal(parts('mysql://app@localhost/app?unix_socket=/run/mysqld/mysqld.sock')?.socket, true);
    assert.equal(parts('postgresql://app@localhost/app?host=/run/postgresql')?.socket, true);
    assert.equal(parts('postgresql://app@localhost/app?host=db')?.socket, false);
  });

  test('IPv6 hosts keep their brackets', () => {
    assert.equal(parts('mysql://app:x@[2001:db8::1]:3306/app')?.host, '[2001:db8::1]');
  });

  test('references stay visible in the source', () => {
    const url = parts('mysql://${DATABASE_USER}:${DATABASE_PASSWORD}@${DATABASE_HOST}:3306/db');
    assert.equal(url?.userSource, '${DATABASE_USER}');
    assert.equal(url?.passwordSource, '${DATABASE_PASSWORD}');
  });

  test('non-database URLs are not parsed', () => {
    for (const text of [
      'https://example.org',
      'smtp://user:pass@host',
      'null://null',
      'doctrine://default',
      'not a url',
      '',
    ]) {
      assert.equal(parseDatabaseUrl(text), undefined, text);
    }
  });

  test('database schemes, with PDO prefixes and driver suffixes', () => {
    for (const scheme of [
      'mysql',
      'pdo-mysql',
      'pdo_pgsql',
      'postgres',
      'mariadb',
      'sqlite3',
      'mongodb+srv',
      'oci8',
    ]) {
      assert.ok(isDatabaseScheme(scheme), scheme);
    }
    for (const scheme of ['redis', 'amqp', 'smtp', 'https', 'doctrine'])
      assert.ok(!isDatabaseScheme(scheme), scheme);
  });
});

describe('database keys', () => {
  test('user keys', () => {
    for (const key of [
      'DATABASE_USER',
      'DATABASE_USERNAME',
      'DB_USER',
      'DB_USERNAME',
      'MYSQL_USER',
      'APP_DB_USER',
      'POSTGRES_USER',
    ]) {
      assert.ok(isDatabaseUserKey(key), key);
    }
    for (const key of ['USER', 'MAILER_USER', 'DATABASE_USER_AGENT']) assert.ok(!isDatabaseUserKey(key), key);
  });
  test('password keys', () => {
    for (const key of [
      'DATABASE_PASSWORD',
      'DB_PASSWORD',
      'DB_PASS',
      'MYSQL_ROOT_PASSWORD',
      'POSTGRES_PASSWORD',
      'PGPASSWORD',
    ]) {
      assert.ok(isDatabasePasswordKey(key), key);
    }
    for (const key of ['MAILER_PASSWORD', 'PASSWORD', 'REDIS_PASSWORD'])
      assert.ok(!isDatabasePasswordKey(key), key);
  });
  test('host keys', () => {
    for (const key of ['DATABASE_HOST', 'DB_HOST', 'MYSQL_HOST', 'PGHOST'])
      assert.ok(isDatabaseHostKey(key), key);
    for (const key of ['HOST', 'MAILER_HOST', 'REDIS_HOST']) assert.ok(!isDatabaseHostKey(key), key);
  });
});
