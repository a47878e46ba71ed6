import { Role } from '#src/platform/auth/role.enum.js';

/** The signed-in user a request acts for, as loaded from the database for this request. */
export class Actor {
  constructor(
    readonly userId: number,
    readonly email: string,
    readonly role: Role,
    /** Offices the user is assigned to. */
    readonly officeIds: number[],
    /**
     * Offices whose results and reports the actor may read; null means all. Managers and KM
     * officers see their offices' whole subtree, programme officers their own offices, viewers
     * only approved data (which the report workflow brings). Computed when the actor is loaded,
     * never inside a transaction (the embedded database has one connection).
     */
    private readonly readable: number[] | null,
  ) {}

  get isAdmin(): boolean {
    return this.role === Role.ADMIN;
  }

  readableOfficeIds(): number[] | null {
    return this.readable;
  }

  /** Offices for which the actor may enter results and reports; null means all. */
  get writableOfficeIds(): number[] | null {
    if (this.role === Role.ADMIN) return null;
    if (this.role === Role.PROGRAMME_OFFICER || this.role === Role.KM_OFFICER) return this.officeIds;
    return [];
  }
}
