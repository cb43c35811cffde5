/**
 * 人员管理: the court's staff register — who works where, holding which positions, on the 审判委员会
 * or not, in post or not. Paged on the server; adding and changing a member in a dialog, taking one
 * out of post (停用) or back, importing the sheet 人员. The buttons of a row are the actions the
 * server lists for it.
 */
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  AutoComplete,
  Button,
  type ButtonProps,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from "antd";
import { useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import { useSession } from "../../../shared/session/session";
import { type StaffQuery, useAddStaff, useImportStaff, useStaff, useUpdateStaff } from "../api";
import type { Position, StaffImportReport, StaffRow } from "../types";

const POSITION_OPTIONS: { value: Position; label: string }[] = [
  { value: "president", label: "院长" },
  { value: "vice-president", label: "副院长" },
  { value: "committee-full-time", label: "审委会专职委员" },
  { value: "chief", label: "庭长" },
  { value: "deputy-chief", label: "副庭长" },
  { value: "judge", label: "员额法官" },
  { value: "assistant", label: "法官助理" },
  { value: "clerk", label: "书记员" },
  { value: "office", label: "审管办" },
];

const EXTRA_DIVISIONS = ["院领导", "审判管理办公室"];

interface StaffForm {
  staffNo: string;
  name: string;
  division: string;
  positions: Position[];
  committeeMember: boolean;
  active: boolean;
}

function StaffModal({ member, onClose }: { member?: StaffRow; onClose: () => void }) {
  const [form] = Form.useForm<StaffForm>();
  const add = useAddStaff();
  const update = useUpdateStaff();
  const { message } = App.useApp();
  const busy = add.isPending || update.isPending;
  const error = add.error ?? update.error;
  const { divisions } = useSession().meta ?? { divisions: [] };
  const divisionOptions = [...divisions.map((d) => d.name), ...EXTRA_DIVISIONS].map((d) => ({ value: d }));

  const submit = (v: StaffForm) => {
    const body = {
      staffNo: v.staffNo.trim(),
      name: v.name.trim(),
      division: v.division.trim(),
      positions: v.positions ?? [],
      committeeMember: v.committeeMember ?? false,
      active: v.active ?? true,
    };
    const done = () => {
      message.success(member ? `已保存 ${body.name}` : `已添加 ${body.name}`);
      onClose();
    };
    if (member) update.mutate({ id: member.id, ...body }, { onSuccess: done });
    else add.mutate(body, { onSuccess: done });
  };

  return (
    <Modal
      open
      title={member ? `修改人员 ${member.name}` : "添加人员"}
      okText="保存"
      okButtonProps={{ "data-testid": "staff-save" } as ButtonProps}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          member
            ? {
                staffNo: member.staffNo,
                name: member.name,
                division: member.division,
                positions: member.positions,
                committeeMember: member.committeeMember,
                active: member.active,
              }
            : { positions: [], committeeMember: false, active: true }
        }
      >
        <Form.Item
          name="staffNo"
          label="工号"
          rules={[{ required: true, whitespace: true, message: "请填写工号" }]}
        >
          <Input autoComplete="off" data-testid="staff-no" />
        </Form.Item>
        <Form.Item
          name="name"
          label="姓名"
          extra="与案件数据中“承办人”的写法一致"
          rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
        >
          <Input autoComplete="off" data-testid="staff-name" />
        </Form.Item>
        <Form.Item
          name="division"
          label="部门"
          extra="法官的部门须与案件数据中的“承办部门”一致"
          rules={[{ required: true, whitespace: true, message: "请填写部门" }]}
        >
          <AutoComplete options={divisionOptions} filterOption data-testid="staff-division">
            <Input autoComplete="off" data-testid="staff-division-input" />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="positions" label="职务">
          <Select mode="multiple" allowClear options={POSITION_OPTIONS} data-testid="staff-positions" />
        </Form.Item>
        <Space size="large">
          <Form.Item name="committeeMember" label="审判委员会委员" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item name="active" label="在岗" valuePropName="checked">
            <Switch checkedChildren="在岗" unCheckedChildren="不在岗" />
          </Form.Item>
        </Space>
        {error && <Alert type="error" showIcon message={errorMessage(error)} />}
      </Form>
    </Modal>
  );
}

function ImportResult({ report, onClose }: { report: StaffImportReport; onClose: () => void }) {
  return (
    <Modal
      open
      title="导入人员表"
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: "none" } }}
    >
      {report.ok ? (
        <Alert
          type="success"
          showIcon
          data-testid="staff-import-ok"
          message={`已导入：新增 ${report.inserted} 人，更新 ${report.updated} 人`}
          description={
            report.unknownJudgeAlerts > 0
              ? `有 ${report.unknownJudgeAlerts} 件案件的承办人不在人员名册中，已列入“数据质量”预警。`
              : "案件数据中的承办人均能在人员名册中找到。"
          }
        />
      ) : (
        <>
          <Alert
            type="error"
            showIcon
            message={`人员表有 ${report.errors.length} 处错误，未导入任何人员`}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            pagination={false}
            dataSource={report.errors}
            data-testid="staff-import-errors"
            columns={[
              { title: "工作表", dataIndex: "sheet" },
              { title: "行", dataIndex: "row", render: (v: number) => (v ? v : "—") },
              { title: "列", dataIndex: "column" },
              { title: "值", dataIndex: "value" },
              { title: "问题", dataIndex: "message" },
            ]}
          />
        </>
      )}
      {report.warnings.map((w) => (
        <Typography.Paragraph key={w} type="secondary" style={{ marginTop: 8 }}>
          {w}
        </Typography.Paragraph>
      ))}
    </Modal>
  );
}

export function PeoplePage() {
  const [query, setQuery] = useState<StaffQuery>({ page: 1, pageSize: 20 });
  const staff = useStaff(query);
  const update = useUpdateStaff();
  const importStaff = useImportStaff();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<StaffRow | "new" | null>(null);
  const [report, setReport] = useState<StaffImportReport | null>(null);
  const { meta, user } = useSession();
  const canManage = user?.permissions.includes("manage-staff") ?? false;
  const divisions = [...(meta?.divisions ?? []).map((d) => d.name), ...EXTRA_DIVISIONS];

  const setActive = (s: StaffRow, active: boolean) =>
    update.mutate(
      { id: s.id, active },
      {
        onSuccess: () => message.success(active ? `${s.name} 已恢复在岗` : `${s.name} 已停用（不在岗）`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  return (
    <div style={{ padding: 24 }}>
      <Space style={{ marginBottom: 16, justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          人员管理
        </Typography.Title>
        {canManage && (
          <Space>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(file) => {
                importStaff.mutate(
                  { file },
                  { onSuccess: (r) => setReport(r), onError: (e) => message.error(errorMessage(e)) },
                );
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={importStaff.isPending} data-testid="staff-import">
                导入人员表
              </Button>
            </Upload>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing("new")}
              data-testid="staff-add"
            >
              添加人员
            </Button>
          </Space>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部部门"
          style={{ width: 200 }}
          value={query.division}
          options={divisions.map((d) => ({ value: d, label: d }))}
          onChange={(v?: string) => setQuery((q) => ({ ...q, division: v, page: 1 }))}
          data-testid="staff-filter-division"
        />
        <Select
          allowClear
          placeholder="在岗状态"
          style={{ width: 120 }}
          value={query.active}
          options={[
            { value: "true", label: "在岗" },
            { value: "false", label: "不在岗" },
          ]}
          onChange={(v?: "true" | "false") => setQuery((q) => ({ ...q, active: v, page: 1 }))}
        />
        <Input.Search
          allowClear
          placeholder="姓名或工号"
          style={{ width: 220 }}
          onSearch={(v) => setQuery((q) => ({ ...q, q: v.trim() || undefined, page: 1 }))}
          data-testid="staff-search"
        />
      </Space>
      {staff.error && <Alert type="error" showIcon message={errorMessage(staff.error)} />}
      <Table<StaffRow>
        rowKey="id"
        loading={staff.isFetching}
        dataSource={staff.data?.rows ?? []}
        data-testid="staff-table"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: staff.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 人`,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { title: "工号", dataIndex: "staffNo" },
          { title: "姓名", dataIndex: "name" },
          { title: "部门", dataIndex: "division" },
          {
            title: "职务",
            dataIndex: "positionNames",
            render: (v: string[]) => (v.length > 0 ? v.map((p) => <Tag key={p}>{p}</Tag>) : "—"),
          },
          { title: "审委会委员", dataIndex: "committeeMember", render: (v: boolean) => (v ? "是" : "否") },
          {
            title: "状态",
            dataIndex: "active",
            render: (v: boolean) => (v ? <Tag color="green">在岗</Tag> : <Tag>不在岗</Tag>),
          },
          {
            title: "关联账号",
            dataIndex: "accounts",
            render: (v: string[]) => (v.length > 0 ? v.join("、") : "—"),
          },
          {
            title: "操作",
            key: "actions",
            render: (_, s) => (
              <Space size={4} wrap>
                {s.actions.includes("edit-staff") && (
                  <Button size="small" onClick={() => setEditing(s)} data-testid={`staff-edit-${s.staffNo}`}>
                    修改
                  </Button>
                )}
                {s.actions.includes("deactivate-staff") && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setActive(s, false)}
                    data-testid={`staff-deactivate-${s.staffNo}`}
                  >
                    停用
                  </Button>
                )}
                {s.actions.includes("activate-staff") && (
                  <Button
                    size="small"
                    onClick={() => setActive(s, true)}
                    data-testid={`staff-activate-${s.staffNo}`}
                  >
                    恢复在岗
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <StaffModal member={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {report && <ImportResult report={report} onClose={() => setReport(null)} />}
    </div>
  );
}

export default PeoplePage;
