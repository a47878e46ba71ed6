import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useRef, type ChangeEvent } from 'react';
import { Button, useTranslate } from 'react-admin';

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A visible, focusable button that opens the browser's file picker (the file input itself stays hidden). */
export const TemplateUploadButton = ({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again, once corrected, still counts as a change.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={translate('reportTemplates.upload.input')}
        onChange={picked}
      />
      <Button label="reportTemplates.upload.button" onClick={() => input.current?.click()} disabled={disabled}>
        <UploadFileIcon />
      </Button>
    </>
  );
};
