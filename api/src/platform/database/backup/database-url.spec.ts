import { describe, expect, it } from '@jest/globals';
import { maskDatabaseUrl, toolConnection } from '#src/platform/database/backup/database-url.js';

describe('maskDatabaseUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(maskDatabaseUrl('postgres://roap:s3cret@db.example.org:5432/roap?sslmode=require')).toBe(
      'postgres://roap:***@db.example.org:5432/roap?sslmode=require',
    );
  });

  it('leaves a URL without password as it is', () => {
    expect(maskDatabaseUrl('postgres://postgres@127.0.0.1:5432/roap')).toBe('postgres://postgres@127.0.0.1:5432/roap');
  });

  it('never echoes a URL it cannot parse, which may hold a password', () => {
    expect(maskDatabaseUrl('roap:s3cret@nowhere')).not.toContain('s3cret');
    expect(maskDatabaseUrl('postgres://roap:s3cret@db:port/roap')).not.toContain('s3cret');
  });
});

describe('toolConnection', () => {
  it('moves the password into PGPASSWORD, decoded', () => {
    expect(toolConnection('postgres://roap:p%40ss%3Aword@db:5432/roap')).toEqual({
      dbname: 'postgres://roap@db:5432/roap',
      env: { PGPASSWORD: 'p@ss:word' },
    });
  });

  it('refuses what is not a postgres:// URL, without echoing it', () => {
    expect(() => toolConnection('db.example.org/roap')).toThrow(/^DATABASE_URL is not a postgres:\/\/ URL/);
  });

  it('sets no PGPASSWORD without a password', () => {
    expect(toolConnection('postgres://postgres@127.0.0.1/roap').env).toEqual({});
  });
});
