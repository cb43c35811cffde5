/** Entering or correcting an appraisal of the 鉴定 register. */
import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../shared/api/client";
import { APPRAISAL_KINDS, APPRAISAL_STAGES, type AppraisalRow, useSaveAppraisal } from "../api";

interface Values {
  caseNumber: string;
  stage: string;
  kind: string;
  commissionedOn: dayjs.Dayjs;
  institution?: string;
  completedOn?: dayjs.Dayjs | null;
  extensionApproved?: boolean;
  note?: string;
}

export function AppraisalDialog({
  open,
  row,
  onClose,
}: {
  open: boolean;
  row: AppraisalRow | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveAppraisal();
  // Filled from initialValues each time the dialog opens (the form is cleared when it closes), not
  // by an effect after it was shown, which could overwrite what had already been entered.
  const initial: Partial<Values> = row
    ? {
        caseNumber: row.caseNumber,
        stage: row.stage,
        kind: row.kind,
        commissionedOn: dayjs(row.commissionedOn),
        institution: row.institution ?? undefined,
        completedOn: row.completedOn ? dayjs(row.completedOn) : null,
        extensionApproved: row.extensionApproved,
        note: row.note ?? undefined,
      }
    : { stage: "诉中", kind: "伤残", caseNumber: "", extensionApproved: false };

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        id: row?.id,
        body: {
          caseNumber: v.caseNumber,
          stage: v.stage,
          kind: v.kind,
          commissionedOn: v.commissionedOn.format("YYYY-MM-DD"),
          institution: v.institution ?? null,
          completedOn: v.completedOn ? v.completedOn.format("YYYY-MM-DD") : null,
          extensionApproved: v.extensionApproved ?? false,
          note: v.note ?? null,
          ...(row ? { version: row.version } : {}),
        },
      });
      message.success(row ? "已修改鉴定登记" : "已登记鉴定");
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Modal
      open={open}
      title={row ? "修改鉴定登记" : "登记鉴定"}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" clearOnDestroy initialValues={initial}>
        <Form.Item
          name="caseNumber"
          label="案号（诉前鉴定填写诉前调解案号）"
          rules={[{ required: true, message: "请填写案号" }]}
        >
          <Input placeholder="（2025）内0602民初123号" />
        </Form.Item>
        <Form.Item name="stage" label="阶段" rules={[{ required: true }]}>
          <Select options={APPRAISAL_STAGES.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item name="kind" label="鉴定类型" rules={[{ required: true }]}>
          <Select options={APPRAISAL_KINDS.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
        <Form.Item
          name="commissionedOn"
          label="委托日期"
          rules={[{ required: true, message: "请选择委托日期" }]}
        >
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="institution" label="鉴定机构">
          <Input />
        </Form.Item>
        <Form.Item name="completedOn" label="完成日期（尚未完成的留空）">
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="extensionApproved" valuePropName="checked">
          <Checkbox>经鉴定机构负责人批准延长鉴定时限</Checkbox>
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
