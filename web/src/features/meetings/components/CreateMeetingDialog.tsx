/** 安排会议: kind, title, day and time, place, chair (from the staff register) and secretary (an account). */
import { App, DatePicker, Form, Input, Modal, Select, TimePicker } from "antd";
import type { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { useSession } from "../../../shared/session/session";
import { useStaff } from "../../people/api";
import { MEETING_KIND_NAMES, type MeetingKind, useCreateMeeting } from "../api";

interface Values {
  title: string;
  day: Dayjs;
  time: Dayjs;
  place: string;
  chairStaffId: number;
  secretary: string;
}

export function CreateMeetingDialog({
  kind,
  open,
  onClose,
}: {
  kind: MeetingKind;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const staff = useStaff({ page: 1, pageSize: 500, active: "true" }, open);
  const create = useCreateMeeting();
  const chairs = (staff.data?.rows ?? []).filter((s) =>
    kind === "committee"
      ? s.positions.includes("president") || s.positions.includes("vice-president")
      : s.positions.some((p) => p === "judge" || p === "chief" || p === "deputy-chief"),
  );
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const m = await create.mutateAsync({
        kind,
        title: v.title,
        scheduledOn: v.day.format("YYYY-MM-DD"),
        startTime: v.time.format("HH:mm"),
        place: v.place,
        chairStaffId: v.chairStaffId,
        secretary: v.secretary,
      });
      message.success("已安排会议");
      onClose();
      navigate(`/meetings/${m.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      title={`安排${MEETING_KIND_NAMES[kind]}`}
      open={open}
      onOk={() => void submit()}
      okText="安排"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      data-testid="meeting-create-dialog"
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ secretary: user?.username }}>
        <Form.Item
          name="title"
          label="会议名称"
          rules={[{ required: true, min: 2, message: "请填写会议名称（不少于 2 个字）" }]}
        >
          <Input data-testid="meeting-title" maxLength={100} />
        </Form.Item>
        <Form.Item name="day" label="会议日期" rules={[{ required: true, message: "请选择会议日期" }]}>
          <DatePicker data-testid="meeting-day" />
        </Form.Item>
        <Form.Item name="time" label="开始时间" rules={[{ required: true, message: "请选择开始时间" }]}>
          <TimePicker format="HH:mm" minuteStep={5} data-testid="meeting-time" />
        </Form.Item>
        <Form.Item name="place" label="会议地点" rules={[{ required: true, message: "请填写会议地点" }]}>
          <Input data-testid="meeting-place" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="chairStaffId"
          label="主持人"
          extra={
            kind === "committee"
              ? "审判委员会会议由院长或者院长委托的副院长主持（《人民法院组织法》第三十八条）"
              : undefined
          }
          rules={[{ required: true, message: "请选择主持人" }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={staff.isLoading}
            data-testid="meeting-chair"
            options={chairs.map((s) => ({
              value: s.id,
              label: `${s.name}（${s.division}，${s.positionNames.join("、")}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="secretary"
          label="记录人账号"
          rules={[{ required: true, message: "请填写记录人账号" }]}
        >
          <Input data-testid="meeting-secretary" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
