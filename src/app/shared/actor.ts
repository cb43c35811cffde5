/** Actors the application makes for itself, and the actor of a signed-in account. */
import { type Actor, isRole, type Role } from "../../domain/auth/index.js";

/** The actor for command-line use by whoever runs the process on the server. */
export function systemActor(name = "cli"): Actor {
  return { username: name, role: "admin" };
}

export function actorOf(u: {
  username: string;
  role: string;
  division: string | null;
  judgeName: string | null;
  isDemo?: boolean;
}): Actor {
  const role: Role = isRole(u.role) ? u.role : "clerk";
  return {
    username: u.username,
    role,
    division: u.division,
    judgeName: u.judgeName,
    demo: u.isDemo === true,
  };
}
