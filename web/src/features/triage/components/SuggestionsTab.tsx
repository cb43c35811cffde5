/**
 * 分流建议: the pending civil first-instance cases with the suggested track and every reason that
 * applied; counts by track, filters (track, division, judge), paging, export.
 */
import {
  Card,
  Col,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatDate, formatYuan } from "../../../shared/format";
import { useSession } from "../../../shared/session/session";
import {
  exportSuggestions,
  type SuggestionQuery,
  type SuggestionRow,
  TRACK_COLORS,
  TRACKS,
  type Track,
  useSuggestions,
} from "../api";
import { ReasonList } from "./ReasonList";

export function SuggestionsTab() {
  const { meta } = useSession();
  const [track, setTrack] = useState<Track | undefined>();
  const [division, setDivision] = useState<string | undefined>();
  const [judge, setJudge] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q: SuggestionQuery = { track, division, judge, page, pageSize };
  const list = useSuggestions(q);
  const divisions = meta?.divisions ?? [];
  const judges = (division ? divisions.filter((d) => d.name === division) : divisions).flatMap(
    (d) => d.judges,
  );

  const columns: TableColumnsType<SuggestionRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 200,
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    {
      title: "建议程序",
      dataIndex: "track",
      width: 110,
      render: (t: Track) => <Tag color={TRACK_COLORS[t]}>{t}</Tag>,
    },
    {
      title: "立案时程序",
      dataIndex: "procedure",
      width: 110,
      render: (v: string | null, r) =>
        r.actualTrack === "速裁" && v === "简易程序" ? "简易程序（速裁）" : (v ?? "—"),
    },
    { title: "案由", dataIndex: "cause", width: 140, render: (v: string | null) => v ?? "—" },
    {
      title: "标的额",
      dataIndex: "amountYuan",
      width: 120,
      align: "right",
      render: (v: number | null) => formatYuan(v),
    },
    { title: "承办部门", dataIndex: "division", width: 120 },
    { title: "承办人", dataIndex: "judge", width: 80 },
    { title: "立案日期", dataIndex: "filedOn", width: 100, render: formatDate },
    {
      title: "结论（展开看全部理由）",
      dataIndex: "reasons",
      width: 360,
      render: (r: string[]) => <Typography.Text strong>{r.at(-1)}</Typography.Text>,
    },
  ];

  const count = (t: Track) => list.data?.counts.find((c) => c.track === t)?.count ?? 0;
  return (
    <div data-testid="triage-suggestions">
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {TRACKS.map((t) => (
          <Col xs={12} md={6} key={t}>
            <Card
              size="small"
              hoverable
              onClick={() => {
                setTrack(track === t ? undefined : t);
                setPage(1);
              }}
              style={track === t ? { borderColor: "#1677ff" } : undefined}
              data-testid={`triage-count-${t}`}
            >
              <Statistic title={`建议${t}`} value={count(t)} suffix="件" />
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="建议程序"
          style={{ width: 150 }}
          value={track}
          onChange={(v) => {
            setTrack(v);
            setPage(1);
          }}
          options={TRACKS.map((t) => ({ value: t, label: t }))}
          data-testid="triage-filter-track"
        />
        <Select
          allowClear
          showSearch
          placeholder="承办部门"
          style={{ width: 180 }}
          value={division}
          onChange={(v) => {
            setDivision(v);
            setJudge(undefined);
            setPage(1);
          }}
          options={divisions.map((d) => ({ value: d.name, label: d.name }))}
        />
        <Select
          allowClear
          showSearch
          placeholder="承办人"
          style={{ width: 140 }}
          value={judge}
          onChange={(v) => {
            setJudge(v);
            setPage(1);
          }}
          options={[...new Set(judges)].map((j) => ({ value: j, label: j }))}
        />
        <ExportButtons
          total={list.data?.total ?? null}
          testIdPrefix="triage-suggestions"
          onExport={(which) => exportSuggestions(which === "page" ? q : { ...q, page: undefined })}
        />
        {list.data ? (
          <Typography.Text type="secondary">
            截至 {formatDate(list.data.asOf)} 的未结民事一审案件
          </Typography.Text>
        ) : null}
      </Space>
      <Table<SuggestionRow>
        size="small"
        rowKey="caseId"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        scroll={{ x: 1300 }}
        expandable={{ expandedRowRender: (r) => <ReasonList reasons={r.reasons} /> }}
        data-testid="triage-suggestions-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 件`,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
    </div>
  );
}
