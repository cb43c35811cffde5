/**
 * The steps the reader may take on a matter now (the server's `actions`), as buttons; each opens a
 * form built from the step's fields and posts it with the matter's version. When someone else took
 * a step first (409) the form says so and offers to read the matter again; a refused value (400)
 * is shown on its field.
 */
import { ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, type ButtonProps, Form, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { ApiError, errorMessage } from "../../../shared/api/client";
import { useActOnMatter, useMatter } from "../api";
import type { MatterAction, MatterView } from "../types";
import { FieldInput, inputOf } from "./FieldInput";

export const STALE_MESSAGE = "该事项已被他人处理，请刷新后重试";

export function MatterActions({ matter, onDone }: { matter: MatterView; onDone?: (m: MatterView) => void }) {
  const [open, setOpen] = useState<MatterAction | null>(null);
  if (matter.actions.length === 0) return null;
  return (
    <>
      <Space size={8} wrap data-testid="matter-actions">
        {matter.actions.map((a, i) => (
          <Button
            key={a.action}
            type={i === 0 ? "primary" : "default"}
            onClick={() => setOpen(a)}
            data-testid={`act-${a.action}`}
          >
            {a.label}
          </Button>
        ))}
      </Space>
      {open ? (
        <ActionModal
          matter={matter}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(m) => {
            setOpen(null);
            onDone?.(m);
          }}
        />
      ) : null}
    </>
  );
}

function ActionModal({
  matter,
  action,
  onClose,
  onDone,
}: {
  matter: MatterView;
  action: MatterAction;
  onClose: () => void;
  onDone: (m: MatterView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const act = useActOnMatter();
  const reread = useMatter(matter.id);
  const [stale, setStale] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    let values: Record<string, unknown>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setFailure(null);
    act.mutate(
      {
        id: matter.id,
        action: action.action,
        version: matter.version,
        input: inputOf(action.fields, values),
      },
      {
        onSuccess: (m) => {
          message.success(`已${action.label}`);
          onDone(m);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) setStale(err.message);
          else if (
            err instanceof ApiError &&
            err.status === 400 &&
            err.field &&
            form.getFieldInstance(err.field)
          )
            form.setFields([{ name: err.field, errors: [err.message] }]);
          else setFailure(errorMessage(err));
        },
      },
    );
  };

  const refresh = async () => {
    await reread.refetch();
    setStale(null);
    onClose();
  };

  return (
    <Modal
      open
      title={`${action.label} · ${matter.kindName}`}
      okText={action.label}
      cancelText="取消"
      onOk={() => void submit()}
      confirmLoading={act.isPending}
      okButtonProps={{ disabled: !!stale, "data-testid": "act-submit" } as ButtonProps}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {matter.title}（当前：{matter.stateLabel}）
      </Typography.Paragraph>
      {stale !== null ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="act-stale"
          title={STALE_MESSAGE}
          description={stale && stale !== STALE_MESSAGE ? stale : undefined}
          action={
            <Button
              size="small"
              icon={<ReloadOutlined />}
              onClick={() => void refresh()}
              loading={reread.isFetching}
              data-testid="act-refresh"
            >
              刷新
            </Button>
          }
        />
      ) : null}
      {failure ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={failure} data-testid="act-error" />
      ) : null}
      <Form form={form} layout="vertical" data-testid="act-form">
        {action.fields.map((f) => (
          <FieldInput key={f.name} field={f} />
        ))}
        {action.fields.length === 0 ? <Typography.Text>确定{action.label}？</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
