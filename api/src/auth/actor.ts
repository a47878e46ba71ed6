import { Role } from '#src/auth/role.enum.js';

export type SubtreeResolver = (officeIds: number[]) => Promise<number[]>;

/** The signed-in user a request acts for, as loaded from the database for this request. */
export class Actor {
  private readable?: Promise<number[] | null>;

  constructor(
    readonly userId: number,
    readonly email: string,
    readonly role: Role,
    /** Offices the user is assigned to. */
    readonly officeIds: number[],
    private readonly subtreeOf: SubtreeResolver,
  ) {}

  get isAdmin(): boolean {
    return this.role === Role.ADMIN;
  }

  /**
   * Offices whose results and reports the actor may read; null means all. Managers and KM
   * officers see their offices' whole subtree, programme officers their own offices, viewers only
   * approved data (which the report workflow brings).
   */
  readableOfficeIds(): Promise<number[] | null> {
    this.readable ??= this.computeReadable();
    return this.readable;
  }

  /** Offices for which the actor may enter results and reports; null means all. */
  get writableOfficeIds(): number[] | null {
    if (this.role === Role.ADMIN) return null;
    if (this.role === Role.PROGRAMME_OFFICER || this.role === Role.KM_OFFICER) return this.officeIds;
    return [];
  }

  private async computeReadable(): Promise<number[] | null> {
    switch (this.role) {
      case Role.ADMIN:
        return null;
      case Role.REGIONAL_MANAGER:
      case Role.KM_OFFICER:
        return this.subtreeOf(this.officeIds);
      case Role.PROGRAMME_OFFICER:
        return this.officeIds;
      case Role.VIEWER:
        return [];
    }
  }
}
