import { registerEnumType } from '@nestjs/graphql';

/** The way a change came in, as kept on its audit entry. */
export enum AuditPath {
  /** A GraphQL mutation: the interface's forms, or any other client. */
  FORM = 'FORM',
  /** The offline report template, uploaded. */
  TEMPLATE_IMPORT = 'TEMPLATE_IMPORT',
  /** A step of a review workflow: submit, approve, return; publish a framework. */
  WORKFLOW = 'WORKFLOW',
  /** An administrator's step on the platform: opening, closing, locking or unlocking a period. */
  ADMINISTRATION = 'ADMINISTRATION',
  /** Deleted or changed by the database along with its parent (a foreign-key cascade). */
  CASCADE = 'CASCADE',
  /** No user: demo data, command-line tools, migrations. */
  SYSTEM = 'SYSTEM',
}

registerEnumType(AuditPath, { name: 'AuditPath', description: 'The way a change came in' });
