/** Picks one .docx or .pdf file (kept in the form; uploaded when the form is sent). */
import { UploadOutlined } from "@ant-design/icons";
import { Button, Upload } from "antd";

export function DraftFilePicker({
  value,
  onChange,
  testId,
}: {
  value?: File | null;
  onChange?: (file: File | null) => void;
  testId?: string;
}) {
  return (
    <Upload
      accept=".docx,.pdf"
      maxCount={1}
      beforeUpload={(file) => {
        onChange?.(file);
        return false;
      }}
      onRemove={() => onChange?.(null)}
      fileList={value ? [{ uid: "draft", name: value.name, status: "done" }] : []}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        选择文书文件（.docx 或 .pdf）
      </Button>
    </Upload>
  );
}
