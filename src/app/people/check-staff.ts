/** A staff member from a form, checked, and checked against the register (工号, one name per division). */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import type { Position } from "../../domain/people/positions.js";
import { registerProblems } from "../../domain/people/resolve.js";
import { type StaffInput, validateStaffRow } from "../../domain/people/staff.js";
import { InvalidInputError } from "../shared/errors.js";

export interface StaffForm {
  staffNo: string;
  name: string;
  division: string;
  positions: Position[] | string[];
  committeeMember: boolean;
  active: boolean;
}

const FIELD_OF: Record<string, string> = {
  工号: "staffNo",
  姓名: "name",
  部门: "division",
  职务: "positions",
  审委会委员: "committeeMember",
  在岗: "active",
};

/** The form as a staff member, or InvalidInputError naming the first wrong field and its value. */
export async function checkStaffForm(handle: Db, form: StaffForm, selfId?: number): Promise<StaffInput> {
  const v = validateStaffRow({
    staffNo: form.staffNo,
    name: form.name,
    division: form.division,
    positions: form.positions,
    committeeMember: form.committeeMember,
    active: form.active,
  });
  if (!v.ok) {
    const e = v.errors[0] as { column: string; value: string; message: string };
    throw new InvalidInputError(FIELD_OF[e.column] ?? e.column, e.message, e.value);
  }
  const others = (await readStaffRegister(handle)).filter((s) => s.id !== selfId);
  const problems = registerProblems([...others, { row: 0, ...v.value }]);
  const mine = problems.find((p) => p.row === 0);
  if (mine) {
    throw new InvalidInputError(
      mine.column === "工号" ? "staffNo" : "name",
      mine.message.replace("第 0 行", "本条"),
      mine.value,
    );
  }
  return v.value;
}
