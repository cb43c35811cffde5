/**
 * 账号管理 (administrators): every account with its role, division and state; adding one (its
 * initial password shown once), changing one, disabling or enabling it, resetting its password.
 * An account may be linked to a member of the staff register (关联人员). The buttons of a row are
 * the actions the server lists for it.
 */
import { PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { Role } from "../../../shared/api/types";
import { useSession } from "../../../shared/session/session";
import { useStaff } from "../../people/api";
import { useAccounts, useAddAccount, useResetPassword, useUpdateAccount } from "../api";
import type { AccountRow, NewAccount } from "../types";

const ROLE_OPTIONS: { value: Role; label: string }[] = [
  { value: "office", label: "审管办" },
  { value: "president", label: "院领导" },
  { value: "chief", label: "庭长" },
  { value: "judge", label: "法官" },
  { value: "clerk", label: "立案/书记员" },
  { value: "admin", label: "系统管理员" },
];

interface AccountForm {
  username?: string;
  displayName?: string;
  role: Role;
  division?: string;
  judgeName?: string;
  court?: string;
  staffId?: number | null;
}

/** Choosing the staff member (人员名册) an account belongs to: searched by name or 工号. */
function StaffPicker({
  value,
  onChange,
  current,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  current: AccountRow["staff"];
}) {
  const [q, setQ] = useState("");
  const staff = useStaff({ q: q || undefined, page: 1, pageSize: 20 });
  const options = (staff.data?.rows ?? []).map((m) => ({
    value: m.id,
    label: `${m.name}（${m.division}，工号 ${m.staffNo}${m.active ? "" : "，不在岗"}）`,
  }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({
      value: current.id,
      label: `${current.name}（${current.division}，工号 ${current.staffNo}）`,
    });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      placeholder="输入姓名或工号查找"
      value={value ?? undefined}
      onSearch={setQ}
      onChange={(v?: number) => onChange?.(v ?? null)}
      options={options}
      loading={staff.isFetching}
      data-testid="account-staff"
    />
  );
}

/** A password to hand over, shown once. */
function PasswordNotice({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  return (
    <Modal
      open
      title="初始密码（只显示这一次）"
      onOk={onClose}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "one-time-password-ok" } as ButtonProps}
      cancelButtonProps={{ style: { display: "none" } }}
    >
      <Typography.Paragraph>
        账号 <Typography.Text strong>{username}</Typography.Text> 的密码：
      </Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: password }}
        data-testid="one-time-password"
        style={{ fontSize: 18 }}
      >
        <Typography.Text code>{password}</Typography.Text>
      </Typography.Paragraph>
      <Alert type="info" showIcon message="请当面或通过安全渠道交给本人；本人首次登录后须修改密码。" />
    </Modal>
  );
}

function AccountModal({
  account,
  onClose,
}: {
  /** undefined: a new account. */
  account?: AccountRow;
  onClose: (added?: { username: string; password: string }) => void;
}) {
  const [form] = Form.useForm<AccountForm>();
  const add = useAddAccount();
  const update = useUpdateAccount();
  const busy = add.isPending || update.isPending;
  const error = add.error ?? update.error;
  const role = Form.useWatch("role", form);
  const { divisions } = useSession().meta ?? { divisions: [] };

  const submit = (v: AccountForm) => {
    const body = {
      displayName: v.displayName?.trim() || undefined,
      role: v.role,
      division: v.division || null,
      judgeName: v.judgeName?.trim() || null,
      court: v.court?.trim() || null,
    };
    if (account)
      update.mutate({ id: account.id, ...body, staffId: v.staffId ?? null }, { onSuccess: () => onClose() });
    else
      add.mutate(
        { ...(body as NewAccount), username: (v.username ?? "").trim() },
        {
          onSuccess: (r) => onClose({ username: r.account.username, password: r.password }),
        },
      );
  };

  return (
    <Modal
      open
      title={account ? `修改账号 ${account.username}` : "新增账号"}
      okText="保存"
      okButtonProps={{ "data-testid": "account-save" } as ButtonProps}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          account
            ? {
                displayName: account.displayName,
                role: account.role,
                division: account.division ?? undefined,
                judgeName: account.judgeName ?? undefined,
                court: account.court ?? undefined,
                staffId: account.staff?.id ?? null,
              }
            : { role: "judge" }
        }
      >
        {!account && (
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: "请填写用户名" }]}>
            <Input
              autoComplete="off"
              placeholder="字母、数字、下划线、点或连字符"
              data-testid="account-username"
            />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名">
          <Input data-testid="account-display-name" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS} data-testid="account-role" />
        </Form.Item>
        {(role === "chief" || role === "judge") && (
          <Form.Item
            name="division"
            label="所在部门"
            rules={[{ required: true, message: "庭长、法官须指定所在部门" }]}
          >
            <Select
              showSearch
              options={divisions.map((d) => ({ value: d.name, label: d.name }))}
              data-testid="account-division"
            />
          </Form.Item>
        )}
        {role === "judge" && (
          <Form.Item
            name="judgeName"
            label="承办人姓名"
            rules={[{ required: true, message: "法官须填写承办人姓名" }]}
          >
            <Input data-testid="account-judge-name" />
          </Form.Item>
        )}
        <Form.Item
          name="court"
          label="所属法院"
          extra="填写法院代字，如“内0602”；上级法院的账号可查看其下级法院的数据。单院部署可不填（可见全部数据）"
        >
          <Input placeholder="法院代字，如 内0602" data-testid="account-court" />
        </Form.Item>
        {account && (
          <Form.Item
            name="staffId"
            label="关联人员"
            extra="关联后，本人在审批、督办、阅核等流程中按人员名册中的职务办理"
          >
            <StaffPicker current={account.staff} />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon message={errorMessage(error)} />}
      </Form>
    </Modal>
  );
}

export function AccountsPage() {
  const accounts = useAccounts();
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<AccountRow | "new" | null>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);

  const toggle = (a: AccountRow, disabled: boolean) =>
    update.mutate(
      { id: a.id, disabled },
      {
        onSuccess: () => message.success(disabled ? `已停用 ${a.username}` : `已启用 ${a.username}`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  const resetPassword = (a: AccountRow) =>
    modal.confirm({
      title: `重置 ${a.username} 的密码？`,
      content: "将生成新的随机密码，原密码立即失效，本人登录后须修改密码。",
      okText: "重置",
      onOk: () =>
        reset
          .mutateAsync(a.id)
          .then((r) => setShown({ username: a.username, password: r.password }))
          .catch((e) => message.error(errorMessage(e))),
    });

  return (
    <div style={{ padding: 24 }}>
      <Space style={{ marginBottom: 16, justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing("new")}
          data-testid="account-add"
        >
          新增账号
        </Button>
      </Space>
      {accounts.error && <Alert type="error" showIcon message={errorMessage(accounts.error)} />}
      <Table<AccountRow>
        rowKey="id"
        loading={accounts.isLoading}
        dataSource={accounts.data?.rows ?? []}
        pagination={false}
        data-testid="accounts-table"
        columns={[
          { title: "用户名", dataIndex: "username" },
          { title: "姓名", dataIndex: "displayName" },
          { title: "角色", dataIndex: "roleName" },
          { title: "所属法院", dataIndex: "court", render: (v) => v ?? "—" },
          { title: "所在部门", dataIndex: "division", render: (v) => v ?? "—" },
          { title: "承办人姓名", dataIndex: "judgeName", render: (v) => v ?? "—" },
          {
            title: "关联人员",
            dataIndex: "staff",
            render: (v: AccountRow["staff"]) => (v ? `${v.name}（${v.staffNo}）` : "—"),
          },
          {
            title: "状态",
            key: "state",
            render: (_, a) => (
              <Space size={4}>
                {a.disabled ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>}
                {a.mustChangePassword && <Tag color="orange">待改密码</Tag>}
                {a.isDemo && <Tag color="blue">演示</Tag>}
              </Space>
            ),
          },
          {
            title: "操作",
            key: "actions",
            render: (_, a) => (
              <Space size={4} wrap>
                {a.actions.includes("edit-account") && (
                  <Button
                    size="small"
                    onClick={() => setEditing(a)}
                    data-testid={`account-edit-${a.username}`}
                  >
                    修改
                  </Button>
                )}
                {a.actions.includes("reset-password") && (
                  <Button
                    size="small"
                    onClick={() => resetPassword(a)}
                    data-testid={`account-reset-${a.username}`}
                  >
                    重置密码
                  </Button>
                )}
                {a.actions.includes("disable-account") && (
                  <Button
                    size="small"
                    danger
                    onClick={() => toggle(a, true)}
                    data-testid={`account-disable-${a.username}`}
                  >
                    停用
                  </Button>
                )}
                {a.actions.includes("enable-account") && (
                  <Button
                    size="small"
                    onClick={() => toggle(a, false)}
                    data-testid={`account-enable-${a.username}`}
                  >
                    启用
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <AccountModal
          account={editing === "new" ? undefined : editing}
          onClose={(added) => {
            setEditing(null);
            if (added) setShown(added);
          }}
        />
      )}
      {shown && <PasswordNotice {...shown} onClose={() => setShown(null)} />}
    </div>
  );
}

export default AccountsPage;
