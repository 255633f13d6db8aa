/** A problem found in user input, with where it is, as a value (never thrown). */
export interface Problem {
  /** Where: "links[3] (visa-revoked).end", or "line 4, column 7". */
  readonly where: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  return p.where ? `${p.where}: ${p.message}` : p.message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };
