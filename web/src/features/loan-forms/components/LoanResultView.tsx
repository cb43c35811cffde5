/**
 * The calculation of a 民间借贷要素表: the principal the law recognises, the lawful cap, the interest
 * supported and not supported, what is still due; the interest periods; each line of the calculation
 * with the article it applied; and the paragraph a judge pastes, with a 复制 button.
 */
import { CopyOutlined } from "@ant-design/icons";
import { Alert, App, Button, Descriptions, Table, Typography } from "antd";
import type { LoanResult } from "../api";
import { percent, yuanOfFen } from "../formValues";

type Period = LoanResult["periods"][number];
type Line = LoanResult["lines"][number];

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

export function LoanResultView({ result, paragraph }: { result: LoanResult; paragraph: string }) {
  const { message } = App.useApp();
  const total = result.principalDueFen + result.interestDueFen + result.costsDueFen;
  return (
    <div data-testid="loan-result">
      {result.warnings && result.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="请核对"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="loan-warnings">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 170 } }}
        style={{ marginBottom: 12 }}
      >
        <Descriptions.Item label="认定的借款本金">
          <span data-testid="loan-result-principal">{yuanOfFen(result.principalFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="利率保护上限（年利率）">
          <span data-testid="loan-result-cap">{percent(result.capRate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="上限的依据" span={2}>
          {result.capBasis}
        </Descriptions.Item>
        <Descriptions.Item label="支持的利息">
          <span data-testid="loan-result-supported">{yuanOfFen(result.interestSupportedFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="不予支持的利息">
          <span data-testid="loan-result-not-supported">{yuanOfFen(result.interestNotSupportedFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="计算至">{result.asOf}</Descriptions.Item>
        <Descriptions.Item label="尚欠本金">{yuanOfFen(result.principalDueFen)}</Descriptions.Item>
        <Descriptions.Item label="尚欠利息">{yuanOfFen(result.interestDueFen)}</Descriptions.Item>
        <Descriptions.Item label="尚欠实现债权的费用">{yuanOfFen(result.costsDueFen)}</Descriptions.Item>
        <Descriptions.Item label="合计尚欠">
          <Typography.Text strong data-testid="loan-result-total">
            {yuanOfFen(total)}
          </Typography.Text>
        </Descriptions.Item>
        {result.overpaidFen ? (
          <Descriptions.Item label="超出欠款的还款">{yuanOfFen(result.overpaidFen)}</Descriptions.Item>
        ) : null}
      </Descriptions>

      <Typography.Text strong>利息计算表</Typography.Text>
      <Table<Period>
        size="small"
        style={{ margin: "6px 0 12px" }}
        pagination={false}
        rowKey={(p) => `${p.kind}-${p.from}-${p.to}-${p.principalFen}`}
        dataSource={result.periods}
        locale={{ emptyText: "无计息期间" }}
        data-testid="loan-periods"
        scroll={{ x: 1100 }}
        columns={[
          { title: "期间", dataIndex: "kind", width: 100 },
          { title: "起始日", dataIndex: "from", width: 110 },
          { title: "截止日", dataIndex: "to", width: 110 },
          { title: "天数", dataIndex: "days", width: 70, align: "right" },
          {
            title: "计息本金",
            dataIndex: "principalFen",
            align: "right",
            render: (v: number) => yuanOfFen(v),
          },
          {
            title: "约定年利率",
            dataIndex: "claimedRate",
            width: 100,
            align: "right",
            render: (v: number | undefined) => (v === undefined ? "—" : percent(v)),
          },
          {
            title: "支持年利率",
            dataIndex: "rate",
            width: 100,
            align: "right",
            render: (v: number) => percent(v),
          },
          {
            title: "支持利息",
            dataIndex: "interestFen",
            align: "right",
            render: (v: number) => yuanOfFen(v),
          },
          {
            title: "依据",
            dataIndex: "basis",
            width: 240,
            render: (v: string | undefined) => <span className="cell-wrap">{v ?? "—"}</span>,
          },
        ]}
      />

      <Typography.Text strong>计算过程及依据</Typography.Text>
      <Table<Line>
        size="small"
        style={{ margin: "6px 0 12px" }}
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={result.lines}
        data-testid="loan-lines"
        scroll={{ x: 760 }}
        columns={[
          { title: "序号", key: "n", width: 56, render: (_, __, i) => i + 1 },
          { title: "计算", dataIndex: "text", render: (v: string) => <span className="cell-wrap">{v}</span> },
          {
            title: "金额",
            dataIndex: "amountFen",
            width: 130,
            align: "right",
            render: (v: number | undefined) => (v === undefined ? "—" : yuanOfFen(v)),
          },
          {
            title: "依据",
            dataIndex: "basis",
            width: 300,
            render: (v: string) => (
              <span className="cell-wrap" style={{ color: "#595959" }}>
                {v}
              </span>
            ),
          },
        ]}
      />

      <div style={{ display: "flex", alignItems: "center", gap: 8, marginBottom: 6 }}>
        <Typography.Text strong>本院认为部分（可粘贴入裁判文书）</Typography.Text>
        <Button
          size="small"
          icon={<CopyOutlined />}
          data-testid="loan-paragraph-copy"
          onClick={() =>
            copyText(paragraph).then(
              () => message.success("已复制"),
              () => message.error("复制失败，请手动选择文字复制"),
            )
          }
        >
          复制
        </Button>
      </div>
      <div
        data-testid="loan-paragraph"
        style={{
          whiteSpace: "pre-wrap",
          background: "#fafafa",
          border: "1px solid #f0f0f0",
          borderRadius: 4,
          padding: "8px 12px",
          lineHeight: 1.9,
          userSelect: "text",
        }}
      >
        {paragraph}
      </div>
    </div>
  );
}
