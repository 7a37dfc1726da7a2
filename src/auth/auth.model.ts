export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

/** Who is asking, from a verified token. */
export interface Principal {
  /** The token's subject (`sub`), for the audit trail. */
  subject: string;
  role: Role;
  /** NASIONAL, or the code of the Kanwil, Kantor Cabang or wilayah whose subtree they may see. */
  scope: string;
}
