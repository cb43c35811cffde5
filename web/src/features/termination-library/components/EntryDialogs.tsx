/** The dialogs of an entry: record a property search; propose 恢复执行 after property was found. */
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { errorMessage } from "../../../shared/api/client";
import { type TerminationRow, useProposeResumption, useRecordSearch } from "../api";

export type EntryDialogKind = "search" | "proposal";

export function EntryDialog({
  kind,
  row,
  today,
  onClose,
}: {
  kind: EntryDialogKind;
  row: TerminationRow;
  today: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const search = useRecordSearch();
  const proposal = useProposeResumption();
  const pending = search.isPending || proposal.isPending;
  const submit = async () => {
    const v = (await form.validateFields()) as { on: Dayjs; result?: "无财产" | "发现财产"; note?: string };
    const on = v.on.format("YYYY-MM-DD");
    try {
      if (kind === "search")
        await search.mutateAsync({
          caseId: row.caseId,
          body: { searchedOn: on, result: v.result ?? "无财产", note: v.note ?? "" },
        });
      else await proposal.mutateAsync({ caseId: row.caseId, body: { proposedOn: on, note: v.note ?? "" } });
      message.success(kind === "search" ? "已登记财产查询" : "已提出恢复执行建议");
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={kind === "search" ? `登记财产查询：${row.caseNumber}` : `提出恢复执行建议：${row.caseNumber}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={pending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {kind === "search"
          ? "终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产（最高人民法院《关于严格规范终结本次执行程序的规定（试行）》第九条第二款）。"
          : "查询发现被执行人有可供执行的财产，符合恢复执行条件的，执行法院应当及时恢复执行（同规定第九条）。恢复执行案件（执恢）立案并填写原审案号后，本案即移出案件库。"}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ on: dayjs(today), result: "无财产" }}>
        <Form.Item
          name="on"
          label={kind === "search" ? "查询日期" : "建议日期"}
          rules={[{ required: true, message: "请选择日期" }]}
        >
          <DatePicker
            disabledDate={(d) => d.isAfter(dayjs(today), "day") || d.isBefore(dayjs(row.closedOn), "day")}
            allowClear={false}
          />
        </Form.Item>
        {kind === "search" && (
          <Form.Item name="result" label="查询结果">
            <Radio.Group
              options={[
                { value: "无财产", label: "无财产" },
                { value: "发现财产", label: "发现财产" },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={kind === "search" ? "说明（发现财产的，写明财产线索）" : "说明"}
          rules={[{ max: 500, message: "说明不能超过 500 字" }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
