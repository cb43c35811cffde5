/**
 * A staff member from a form, checked, and checked against the register (工号, one name per
 * division of a court), with the court they are recorded in.
 */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import type { Actor } from "../../domain/auth/index.js";
import type { Position } from "../../domain/people/positions.js";
import { registerProblems } from "../../domain/people/resolve.js";
import { type StaffInput, staffCourtProblem, validateStaffRow } from "../../domain/people/staff.js";
import { InvalidInputError } from "../shared/errors.js";

export interface StaffForm {
  staffNo: string;
  name: string;
  division: string;
  positions: Position[] | string[];
  committeeMember: boolean;
  active: boolean;
  /**
   * The member's court (法院代字). Absent: a new member takes the court of the account adding them
   * (none for an account of the whole database), a changed one keeps theirs; null: no particular
   * court (only for an account of the whole database).
   */
  courtCode?: string | null;
}

const FIELD_OF: Record<string, string> = {
  工号: "staffNo",
  姓名: "name",
  部门: "division",
  职务: "positions",
  审委会委员: "committeeMember",
  在岗: "active",
  法院代字: "courtCode",
};

/**
 * The form as a staff member, or InvalidInputError naming the first wrong field and its value. The
 * court is the form's (within the courts `actor` keeps), else the actor's for a new member.
 */
export async function checkStaffForm(
  actor: Actor,
  handle: Db,
  form: StaffForm,
  selfId?: number,
): Promise<StaffInput & { courtCode: string | null }> {
  const given = typeof form.courtCode === "string" ? form.courtCode.trim() || undefined : form.courtCode;
  const v = validateStaffRow({
    staffNo: form.staffNo,
    name: form.name,
    division: form.division,
    positions: form.positions,
    committeeMember: form.committeeMember,
    active: form.active,
    courtCode: given ?? null,
  });
  if (!v.ok) {
    const e = v.errors[0] as { column: string; value: string; message: string };
    throw new InvalidInputError(FIELD_OF[e.column] ?? e.column, e.message, e.value);
  }
  const courtCode = v.value.courtCode ?? (given === undefined ? (actor.court ?? null) : null);
  if (courtCode === null && actor.court)
    throw new InvalidInputError("courtCode", `请填写人员所属法院（法院代字），如“${actor.court}”`, "");
  const courtProblem = courtCode ? staffCourtProblem(actor.court, courtCode) : null;
  if (courtProblem) throw new InvalidInputError("courtCode", courtProblem, courtCode);
  const others = (await readStaffRegister(handle)).filter((s) => s.id !== selfId);
  const problems = registerProblems([...others, { row: 0, ...v.value, courtCode }]);
  const mine = problems.find((p) => p.row === 0);
  if (mine) {
    throw new InvalidInputError(
      mine.column === "工号" ? "staffNo" : "name",
      mine.message.replace("第 0 行", "本条"),
      mine.value,
    );
  }
  return { ...v.value, courtCode };
}
