/** Passwords: random ones to hand out, argon2id hashes (@node-rs/argon2) to store and verify. */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { InvalidInputError } from "../shared/errors.js";

export function randomPassword(): string {
  // 16 characters from an alphabet without look-alikes.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  let out = "";
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export function checkPassword(password: string): void {
  if (password.length < 8) throw new InvalidInputError("password", "密码至少 8 位");
}

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: string | undefined;

/** Spends the time of a real check, so that unknown names cannot be told apart by timing. */
export async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= await hash(randomPassword());
  await passwordMatches(dummyHash, password);
}
