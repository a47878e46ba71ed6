/** A failure the person running backup or restore can fix; the CLIs print its message alone. */
export class BackupError extends Error {}
