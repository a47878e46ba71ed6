import { Alert, AlertTitle } from '@mui/material';

/** An API error in words: the server's message under a title saying what failed. */
export const ErrorAlert = ({ error, title }: { error: Error; title: string }) => (
  <Alert severity="error" role="alert">
    <AlertTitle>{title}</AlertTitle>
    {error.message}
  </Alert>
);
