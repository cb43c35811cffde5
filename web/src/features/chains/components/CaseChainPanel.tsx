/**
 * On the case page: the dispute's chain of cases (关联案件) — the case that brought the dispute to
 * court first, then each case derived from it by 原审案号 (二审, 再审, 执行, 执行异议 …), indented by
 * level, each linked when the reader may open it. A case linked to no other shows nothing.
 */
import { Card, Table, Tag, Typography } from "antd";
import { Link } from "react-router";
import { type CaseChain, type ChainCase, useCaseChain } from "../api";

export function CaseChainPanel({ caseId }: { caseId: string | number }) {
  const res = useCaseChain(caseId);
  const chain = res.data;
  if (!chain) return null;
  const root = chain.cases[0];
  if (chain.caseCount <= 1 && !root?.originNote) return null;
  return (
    <Card
      size="small"
      title={`关联案件（本纠纷在本院共 ${chain.caseCount} 件）`}
      style={{ marginBottom: 12 }}
      styles={{ body: { padding: 0 } }}
      data-testid="case-chain"
    >
      <ChainTable chain={chain} />
    </Card>
  );
}

/** The chain as a table: the root first, derived cases indented by level. */
export function ChainTable({ chain }: { chain: CaseChain }) {
  return (
    <Table<ChainCase>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={chain.cases}
      scroll={{ x: 800 }}
      columns={[
        {
          title: "案号",
          dataIndex: "caseNumber",
          render: (v: string, r) => (
            <span style={{ paddingLeft: r.depth * 18 }} data-testid="chain-case">
              {r.depth > 0 ? "└ " : ""}
              {r.current ? (
                <Typography.Text strong>{v}</Typography.Text>
              ) : r.canView ? (
                <Link to={`/cases/${r.id}`}>{v}</Link>
              ) : (
                v
              )}
              {r.current ? <Tag style={{ marginLeft: 6 }}>本案</Tag> : null}
              {r.originNote ? (
                <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                  原审案号 {r.originCaseNumber}：{r.originNote}
                </Typography.Text>
              ) : null}
            </span>
          ),
        },
        { title: "类型", dataIndex: "typeName", render: (v: string | null, r) => v ?? r.typeCode },
        { title: "立案日期", dataIndex: "filedOn", width: 110 },
        { title: "结案日期", dataIndex: "closedOn", width: 110, render: (v: string | null) => v ?? "未结" },
        { title: "结案方式", dataIndex: "closureMode", render: (v: string | null) => v ?? "—" },
        { title: "二审结果", dataIndex: "appealOutcome", render: (v: string | null) => v ?? "—" },
      ]}
    />
  );
}

/** Under a row of 案-件比's case list: the chain of that dispute. */
export function ChainOfCase({ caseId }: { caseId: number }) {
  const res = useCaseChain(caseId);
  if (res.isLoading) return <Typography.Text type="secondary">正在加载关联案件…</Typography.Text>;
  if (!res.data) return <Typography.Text type="secondary">无法加载关联案件</Typography.Text>;
  return (
    <div data-testid="drill-chain">
      <Typography.Text type="secondary">本纠纷在本院共 {res.data.caseCount} 件</Typography.Text>
      <ChainTable chain={res.data} />
    </div>
  );
}
