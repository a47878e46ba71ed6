import type { EntityManager } from 'typeorm';

export interface BulkColumn {
  name: string;
  /** PostgreSQL array type of the column, e.g. 'int[]', 'numeric[]', 'jsonb[]'. */
  arrayType: string;
  /**
   * The column's own type when it is an array (e.g. 'int[]'): unnest() would flatten an array of
   * arrays, so such values travel as text literals ('{1,2}', arrayType 'text[]') and are cast back.
   */
  cast?: string;
}

const CHUNK = 5000;

/** Inserts rows column-wise through unnest(): one statement per 5,000 rows. */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
): Promise<void> {
  const list = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.arrayType}`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`);
  const selected = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = columns.map((_, index) => chunk.map((row) => row[index]));
    await manager.query(
      `INSERT INTO ${table} (${list}) SELECT ${selected.join(', ')} FROM unnest(${arrays}) AS u(${aliases.join(', ')})`,
      values,
    );
  }
}

/** After inserting explicit ids, moves the table's sequence past them. */
export async function syncSequence(manager: EntityManager, table: string): Promise<void> {
  await manager.query(
    `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`,
  );
}
