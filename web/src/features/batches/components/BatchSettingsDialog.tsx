/**
 * 并案审理设置 (审管办): the window in days, the least number of cases, which sides are grouped, and
 * whether natural persons are. The server checks every value and names the one it refuses; each
 * change is in the audit log.
 */
import { App, Form, InputNumber, Modal, Switch, Typography } from "antd";
import { errorMessage } from "../../../shared/api/client";
import { type BatchSettingsView, useUpdateBatchSettings } from "../api";

type Settings = BatchSettingsView["settings"];

export function BatchSettingsDialog({
  open,
  settings,
  onClose,
}: {
  open: boolean;
  settings: Settings | undefined;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const update = useUpdateBatchSettings();
  const [form] = Form.useForm<Settings>();

  const submit = async () => {
    const values = await form.validateFields();
    update.mutate(values, {
      onSuccess: () => {
        message.success("并案审理设置已保存");
        onClose();
      },
      onError: (err) => message.error(`保存失败：${errorMessage(err)}`),
    });
  };

  return (
    <Modal
      open={open}
      title="并案审理设置"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      confirmLoading={update.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {/* Filled from the settings each time the dialog opens (the form is cleared when it closes), not
          by an effect after it was shown, which could overwrite what had already been entered. */}
      {settings ? (
        <Form form={form} layout="horizontal" labelCol={{ span: 9 }} clearOnDestroy initialValues={settings}>
          <Form.Item
            name="windowDays"
            label="立案时间跨度（天）"
            rules={[{ required: true, message: "请填写立案时间跨度" }]}
          >
            <InputNumber min={1} max={3650} precision={0} data-testid="batch-settings-window" />
          </Form.Item>
          <Form.Item
            name="minCases"
            label="每组最少案件数"
            rules={[{ required: true, message: "请填写最少案件数" }]}
          >
            <InputNumber min={2} max={1000} precision={0} />
          </Form.Item>
          <Form.Item name="byPlaintiff" label="按原告归组" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="byDefendant" label="按被告归组" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="includePersons" label="自然人当事人也归组" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      ) : null}
      <Typography.Text type="secondary">
        同组案件最早与最晚立案日期相差不超过设置的天数；自然人同名未必同一人，默认不归组。
      </Typography.Text>
    </Modal>
  );
}
