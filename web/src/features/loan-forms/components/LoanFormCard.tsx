/**
 * On the case page of a 民间借贷纠纷 case: 要素式审判（民间借贷要素表）. The case's judge enters the
 * form; 试算 shows the calculation of what is on screen without saving; 保存 stores it (a version
 * someone else saved meanwhile is refused, nothing lost on screen); 导出 downloads the saved form
 * with its calculation as .xlsx. Others who may read the case see the form and its result.
 */
import { CalculatorOutlined, DownloadOutlined, FileWordOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { ApiError, errorMessage } from "../../../shared/api/client";
import {
  downloadLoanForm,
  downloadLoanParagraph,
  isLoanCase,
  type LoanFormView,
  type LoanResult,
  useComputeLoanForm,
  useLoanForm,
  useSaveLoanForm,
} from "../api";
import { type LoanFormValues, toForm, toValues } from "../formValues";
import { LoanFormFields } from "./LoanFormFields";
import { LoanResultView } from "./LoanResultView";

interface Props {
  caseId: string | number;
  cause: string | null;
  typeCode: string;
}

/** Shows nothing unless the case is a 民间借贷纠纷 case (民初, 民终). */
export function LoanFormCard({ caseId, cause, typeCode }: Props) {
  const applies = isLoanCase(cause, typeCode);
  const res = useLoanForm(caseId, applies);
  // The date the calculation runs to outlives a save (the editor is laid anew for each version).
  const [asOf, setAsOf] = useState<string | null>(null);
  if (!applies) return null;
  return (
    <Card
      size="small"
      title="要素式审判（民间借贷要素表）"
      style={{ marginBottom: 12 }}
      data-testid="loan-form-card"
    >
      {res.error ? (
        <Alert type="error" showIcon title={errorMessage(res.error)} />
      ) : !res.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <LoanFormEditor
          key={`${res.data.version}`}
          caseId={caseId}
          view={res.data}
          reload={() => res.refetch()}
          asOf={asOf ?? res.data.asOf}
          setAsOf={setAsOf}
        />
      )}
    </Card>
  );
}

interface Shown {
  result: LoanResult;
  paragraph: string;
  /** 试算 of what is on screen (not saved). */
  draft: boolean;
}

function LoanFormEditor({
  caseId,
  view,
  reload,
  asOf,
  setAsOf,
}: {
  caseId: string | number;
  view: LoanFormView;
  reload: () => void;
  asOf: string;
  setAsOf: (v: string) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LoanFormValues>();
  const [shown, setShown] = useState<Shown | null>(
    view.result && view.paragraph ? { result: view.result, paragraph: view.paragraph, draft: false } : null,
  );
  const [error, setError] = useState<{ text: string; stale: boolean } | null>(
    view.problem ? { text: `已保存的要素表无法计算：${view.problem}`, stale: false } : null,
  );
  const compute = useComputeLoanForm(caseId);
  const save = useSaveLoanForm(caseId);
  const [exporting, setExporting] = useState(false);

  const current = () => toForm(form.getFieldsValue(true) as LoanFormValues);

  const onCompute = async () => {
    setError(null);
    try {
      const r = await compute.mutateAsync({ form: current(), asOf: asOf || undefined });
      setShown({ result: r.result, paragraph: r.paragraph, draft: true });
    } catch (err) {
      setError({ text: errorMessage(err), stale: false });
    }
  };

  const onSave = async () => {
    setError(null);
    try {
      await save.mutateAsync({ form: current(), version: view.version, asOf: asOf || undefined });
      message.success("要素表已保存");
    } catch (err) {
      setError({ text: errorMessage(err), stale: err instanceof ApiError && err.status === 409 });
    }
  };

  const onExport = async (kind: "xlsx" | "docx" = "xlsx") => {
    setExporting(true);
    try {
      const name =
        kind === "xlsx"
          ? await downloadLoanForm(caseId, asOf || undefined)
          : await downloadLoanParagraph(caseId, asOf || undefined);
      message.success(`已导出 ${name}`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="loan-form">
      <Space size={8} wrap style={{ marginBottom: 10 }}>
        {view.saved ? (
          <Tag color="blue" data-testid="loan-form-saved">
            已保存（第 {view.version} 版{view.updatedBy ? `，${view.updatedBy}` : ""}
            {view.updatedAt ? `，${view.updatedAt.slice(0, 16).replace("T", " ")}` : ""}）
          </Tag>
        ) : (
          <Tag data-testid="loan-form-saved">尚未保存</Tag>
        )}
        {view.canEdit ? null : <Typography.Text type="secondary">仅承办法官可以填写或修改</Typography.Text>}
      </Space>
      <Form<LoanFormValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: "180px" }}
        labelWrap
        initialValues={toValues(view.form)}
        size="small"
      >
        <LoanFormFields disabled={!view.canEdit} />
      </Form>
      <Space size={8} wrap style={{ margin: "8px 0 12px", display: "flex" }}>
        <span>计算至</span>
        <Input
          type="date"
          size="small"
          style={{ width: 150 }}
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          data-testid="loan-as-of"
        />
        <Button
          icon={<CalculatorOutlined />}
          onClick={onCompute}
          loading={compute.isPending}
          data-testid="loan-compute"
        >
          试算
        </Button>
        {view.canEdit ? (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            onClick={onSave}
            loading={save.isPending}
            data-testid="loan-save"
          >
            保存
          </Button>
        ) : null}
        <Button
          icon={<DownloadOutlined />}
          onClick={() => onExport("xlsx")}
          loading={exporting}
          disabled={!view.saved}
          title={view.saved ? "导出已保存的要素表及计算结果" : "保存后可以导出"}
          data-testid="loan-export"
        >
          导出
        </Button>
        <Button
          icon={<FileWordOutlined />}
          onClick={() => onExport("docx")}
          loading={exporting}
          disabled={!view.saved}
          title={view.saved ? "本院认为部分及利息计算表（Word）" : "保存后可以导出"}
          data-testid="loan-export-docx"
        >
          导出说理
        </Button>
      </Space>
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={<span data-testid="loan-form-error">{error.text}</span>}
          action={
            error.stale ? (
              <Button size="small" onClick={reload}>
                重新载入
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {shown ? (
        <>
          <Space style={{ marginBottom: 8, display: "flex" }}>
            <Typography.Text strong>计算结果</Typography.Text>
            {shown.draft ? <Tag color="gold">试算（未保存）</Tag> : <Tag color="blue">已保存的要素表</Tag>}
          </Space>
          <LoanResultView result={shown.result} paragraph={shown.paragraph} />
        </>
      ) : (
        <Typography.Text type="secondary">
          填写要素后点击“试算”查看本金认定、利率上限和利息计算。
        </Typography.Text>
      )}
    </div>
  );
}
