import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { baseLogOptions, loggableUrl, operationNameOf, requestIdFor } from '#src/platform/logging/log-options.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function requestIdOf(header: string | string[] | undefined): { id: string; echoed: unknown } {
  const headers: Record<string, unknown> = {};
  const res = { setHeader: (name: string, value: unknown) => (headers[name] = value) } as unknown as ServerResponse;
  const id = requestIdFor({ headers: { 'x-request-id': header } } as unknown as IncomingMessage, res);
  return { id, echoed: headers['x-request-id'] };
}

describe('request ids', () => {
  it("keep the caller's x-request-id when it is a short plain token, and echo it", () => {
    expect(requestIdOf('abc-123.def_4:5')).toEqual({ id: 'abc-123.def_4:5', echoed: 'abc-123.def_4:5' });
  });

  it('are a new UUID otherwise: missing, too long, repeated, or able to forge log content', () => {
    for (const header of [undefined, '', 'x'.repeat(65), ['a', 'b'], 'a b', 'a"}\n{"level":60', '<script>']) {
      const { id, echoed } = requestIdOf(header);
      expect(id).toMatch(UUID);
      expect(echoed).toBe(id);
    }
  });
});

describe('logged URLs', () => {
  it('drop the query string of GraphQL requests, where GET carries the operation and its variables', () => {
    expect(loggableUrl('/graphql?query=mutation&variables={"password":"x"}')).toBe('/graphql');
    expect(loggableUrl('/exports/report-template?officeId=1&periodId=2')).toBe(
      '/exports/report-template?officeId=1&periodId=2',
    );
    expect(loggableUrl(undefined)).toBeUndefined();
  });
});

describe('log redaction', () => {
  it('censors credentials should they ever be logged', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino(baseLogOptions('info'), sink);
    logger.info({ req: { headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret-cookie' } } }, 'a');
    logger.info({ password: 'secret-password', input: { password: 'secret-too', token: 'secret-jwt' } }, 'b');
    logger.debug('below the level');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/secret/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ req: { headers: { authorization: '[redacted]' } } });
  });
});

describe('GraphQL operation names in request lines', () => {
  it('come from operationName or the document, never anything else of the body', () => {
    expect(operationNameOf({ operationName: 'SignIn', query: 'mutation Other { x }' })).toBe('SignIn');
    expect(operationNameOf({ query: '  query Outcomes($p: Int) { allOutcomes { number } }' })).toBe('Outcomes');
    expect(operationNameOf({ query: '{ allOutcomes { number } }' })).toBeUndefined();
    expect(operationNameOf({ operationName: 'not a name"}' })).toBeUndefined();
    expect(operationNameOf(undefined)).toBeUndefined();
  });
});
