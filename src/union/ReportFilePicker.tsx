import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A file input and a drop zone; hands the file's name and text to `onOpen`. */
export function ReportFilePicker({ onOpen }: { onOpen: (fileName: string, text: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const read = (file: File | undefined): void => {
    if (!file) return;
    void file.text().then((text) => onOpen(file.name, text));
  };
  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0]);
  };

  return (
    <section className="report-picker no-print">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId}>{t('report.view.openFile')}</label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => read(event.target.files?.[0])}
        />
        <p className="drop-hint">{t('report.view.dropHint')}</p>
      </div>
    </section>
  );
}
