import { describe, expect, it } from 'vitest';
import { checkSql } from '../../../lib/toolguard/sql-rules.ts';

const flags = (text: string, anyCase = true) => checkSql(text, { anyCase }).length > 0;

describe('checkSql', () => {
  it.each([
    'DELETE FROM users;',
    'delete from users',
    'DELETE users',
    'UPDATE accounts SET balance = 0;',
    "update users set role = 'admin'",
    'DROP DATABASE production;',
    'DROP TABLE IF EXISTS users;',
    'drop schema public cascade',
    'TRUNCATE TABLE orders;',
    'TRUNCATE orders',
    "SELECT 1;\nDELETE FROM logs\nSELECT 2;",
    "UPDATE t SET note = 'where is it';",
  ])('flags %s', (text) => expect(flags(text)).toBe(true));

  it.each([
    'DELETE FROM t WHERE id = 1',
    "UPDATE users SET name = 'x' WHERE id = 1;",
    'UPDATE users\nSET name = 1\nWHERE id = 2;',
    'SELECT * FROM users;',
    'INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE x = 1;',
    'DROP INDEX idx_users_email;',
    '-- DELETE FROM users;\nSELECT 1;',
    "SELECT 'DELETE FROM users;';",
    'truncate -s 0 app.log',
    'sudo update-alternatives --set editor /usr/bin/vim',
    'sudo apt update && sudo apt upgrade',
  ])('leaves %s alone', (text) => expect(flags(text)).toBe(false));

  it('requires capitals in prose, where "delete from the list" is English', () => {
    expect(flags('Delete from the list every item you no longer need.', false)).toBe(false);
    expect(flags('Then run DELETE FROM users; to empty it.', false)).toBe(false);
    expect(flags('DELETE FROM users;', false)).toBe(true);
  });

  it('reports the statement span', () => {
    const text = 'SELECT 1; DELETE FROM users; SELECT 2;';
    const [hit] = checkSql(text, { anyCase: true });
    expect(text.slice(hit!.start, hit!.end)).toBe('DELETE FROM users');
  });

  it('is linear on hostile input', () => {
    const started = performance.now();
    checkSql(`DELETE ${"'".repeat(100_000)} ${'/*'.repeat(50_000)} ${'UPDATE x SET y;'.repeat(10_000)}`, { anyCase: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
