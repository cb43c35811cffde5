/**
 * The positions (职务) a member of the court's staff holds. Roles (roles.ts) say what an account may
 * see and run; positions say who may act in a workflow (审批, 阅核, 督办 …): a 庭长 approves for
 * their division, any 审委会委员 may sit in a committee discussion.
 */
export const POSITIONS = [
  "president",
  "vice-president",
  "committee-full-time",
  "chief",
  "deputy-chief",
  "judge",
  "assistant",
  "clerk",
  "office",
] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_NAMES: Record<Position, string> = {
  president: "院长",
  "vice-president": "副院长",
  "committee-full-time": "审委会专职委员",
  chief: "庭长",
  "deputy-chief": "副庭长",
  judge: "员额法官",
  assistant: "法官助理",
  clerk: "书记员",
  office: "审管办",
};

/** 院领导: the president, the vice-presidents and the committee's full-time members. */
export const COURT_LEADER_POSITIONS: readonly Position[] = [
  "president",
  "vice-president",
  "committee-full-time",
];

export function isPosition(value: string): value is Position {
  return (POSITIONS as readonly string[]).includes(value);
}

/** The position named in Chinese (院长 …), or undefined. */
export function positionByName(name: string): Position | undefined {
  const trimmed = name.trim();
  return POSITIONS.find((p) => POSITION_NAMES[p] === trimmed);
}
