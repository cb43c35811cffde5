/** 导出本页 / 导出全部: the export pair every list carries, with its busy state and messages. */
import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { errorMessage } from "../api/client";

export function ExportButtons({
  total,
  testIdPrefix,
  onExport,
}: {
  total: number | null;
  /** data-testid prefix: `<prefix>-export-page`, `<prefix>-export-all`. */
  testIdPrefix: string;
  /** Downloads the page or every row; resolves with the file name. */
  onExport: (which: "page" | "all") => Promise<string>;
}) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<"page" | "all" | null>(null);
  const run = async (which: "page" | "all") => {
    setExporting(which);
    try {
      message.success(`已导出 ${await onExport(which)}`);
    } catch (err) {
      message.error(`导出失败：${errorMessage(err)}`);
    } finally {
      setExporting(null);
    }
  };
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void run("page")}
        loading={exporting === "page"}
        disabled={!total}
        data-testid={`${testIdPrefix}-export-page`}
      >
        导出本页
      </Button>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void run("all")}
        loading={exporting === "all"}
        disabled={!total}
        data-testid={`${testIdPrefix}-export-all`}
      >
        导出全部
      </Button>
    </>
  );
}
