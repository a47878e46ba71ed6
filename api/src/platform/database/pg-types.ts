import pg from 'pg';

// Once per process, before any connection: dates stay 'YYYY-MM-DD' strings (no time zone
// shifts), numerics and counts arrive as numbers.
const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;

pg.types.setTypeParser(DATE_OID, (value: string) => value);
pg.types.setTypeParser(NUMERIC_OID, (value: string) => Number(value));
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
