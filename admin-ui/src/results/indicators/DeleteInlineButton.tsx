import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { Button, Confirm, useDataProvider } from 'react-admin';
import { useInlineSave } from './useInlineSave';

/** Deletes one component or intermediate target after confirming, then lets the editor reload. */
export const DeleteInlineButton = ({
  resource,
  id,
  title,
  onDeleted,
}: {
  resource: string;
  id: string;
  title: string;
  onDeleted: () => void;
}) => {
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider();
  const save = useInlineSave();
  const onConfirm = async () => {
    setOpen(false);
    await save(() => dataProvider.delete(resource, { id }), 'ra.notification.deleted', onDeleted);
  };
  return (
    <>
      <Button label="ra.action.delete" color="error" onClick={() => setOpen(true)}>
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        title={title}
        content="ra.message.delete_content"
        onConfirm={onConfirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
