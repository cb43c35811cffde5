/**
 * 参会人员: each attendee as 委员/成员 (present or absent), 列席 or 回避 (with the reason); others from
 * the staff register can be added. For the 审委会 every member must stay listed (出席、缺席或回避).
 */
import { App, Button, Checkbox, Input, Modal, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useStaff } from "../../people/api";
import { type AttendeeInput, type Meeting, useNameAttendees } from "../api";

type Row = AttendeeInput & { name: string; division: string };

const ROLE_OPTIONS = [
  { value: "member", label: "委员/成员" },
  { value: "observer", label: "列席" },
  { value: "recused", label: "回避" },
];

export function AttendeesDialog({
  meeting,
  open,
  onClose,
}: {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const staff = useStaff({ page: 1, pageSize: 500, active: "true" }, open);
  const save = useNameAttendees(meeting.id);
  // The meeting's attendees until the first change; the edits from then until the dialog closes.
  // Not copied in an effect on opening: that ran after the dialog was shown, and again whenever the
  // meeting was refetched, wiping what had been changed meanwhile.
  const [edited, setEdited] = useState<Row[] | null>(null);
  const fromMeeting = (): Row[] =>
    meeting.attendees.map((a) => ({
      staffId: a.staffId,
      role: a.role,
      reason: a.reason,
      present: a.present,
      name: a.name,
      division: a.division,
    }));
  const rows = edited ?? fromMeeting();
  const setRows = (change: (rs: Row[]) => Row[]) => setEdited((e) => change(e ?? fromMeeting()));
  const close = () => {
    setEdited(null);
    onClose();
  };
  const patch = (staffId: number, change: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.staffId === staffId ? { ...r, ...change } : r)));
  const submit = async () => {
    try {
      await save.mutateAsync(
        rows.map(({ staffId, role, reason, present }) => ({ staffId, role, reason, present })),
      );
      message.success("已保存参会人员");
      close();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const others = (staff.data?.rows ?? []).filter((s) => !rows.some((r) => r.staffId === s.id));
  return (
    <Modal
      title="参会人员"
      width={820}
      open={open}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={close}
      destroyOnHidden
      data-testid="meeting-attendees-dialog"
    >
      {meeting.kind === "committee" ? (
        <Typography.Paragraph type="secondary">
          审判委员会全体委员均应列明出席、缺席或回避；回避的委员仍计入全体委员人数（出席人数须过全体委员半数）。
        </Typography.Paragraph>
      ) : null}
      <Table
        rowKey="staffId"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: "姓名", key: "name", width: 180, render: (_, r) => `${r.name}（${r.division}）` },
          {
            title: "身份",
            key: "role",
            width: 130,
            render: (_, r) => (
              <Select
                size="small"
                value={r.role}
                style={{ width: 110 }}
                options={ROLE_OPTIONS}
                onChange={(role) =>
                  patch(r.staffId, { role, present: role === "recused" ? false : r.present })
                }
                data-testid={`attendee-role-${r.name}`}
              />
            ),
          },
          {
            title: "出席",
            key: "present",
            width: 70,
            render: (_, r) => (
              <Checkbox
                checked={r.present}
                disabled={r.role === "recused"}
                onChange={(e) => patch(r.staffId, { present: e.target.checked })}
                data-testid={`attendee-present-${r.name}`}
              />
            ),
          },
          {
            title: "回避理由",
            key: "reason",
            render: (_, r) =>
              r.role === "recused" ? (
                <Input
                  size="small"
                  value={r.reason}
                  onChange={(e) => patch(r.staffId, { reason: e.target.value })}
                  data-testid={`attendee-reason-${r.name}`}
                />
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Select
          showSearch
          placeholder="添加参会人员"
          optionFilterProp="label"
          style={{ width: 360 }}
          value={null}
          loading={staff.isLoading}
          data-testid="attendee-add"
          options={others.map((s) => ({
            value: s.id,
            label: `${s.name}（${s.division}，${s.positionNames.join("、")}）`,
          }))}
          onChange={(id: number) => {
            const s = others.find((x) => x.id === id);
            if (s)
              setRows((rs) => [
                ...rs,
                {
                  staffId: s.id,
                  name: s.name,
                  division: s.division,
                  role: "member",
                  reason: "",
                  present: true,
                },
              ]);
          }}
        />
        <Button onClick={() => setRows((rs) => rs.filter((r) => r.role !== "observer" || r.present))}>
          移除未出席的列席人员
        </Button>
      </Space>
    </Modal>
  );
}
