// The roles, lowest first: each may do everything the ones before it may (docs/api.md, "Team
// mode"). Free of any library, so that the web app offers the controls by the same order.

export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export function roleAllows(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}
