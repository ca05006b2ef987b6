import { useEffect } from 'react';
import { ImportDialogs } from './ImportDialogs';
import { useImportRequest } from './importRequest';
import { useImport } from './useImport';

const finished = () => useImportRequest.setState({ file: null });

/** Reads and checks the requested file, then shows its problems or a preview to confirm. */
export function ImportFlow({ file }: { file: File }) {
  const { state, start, confirm, cancel } = useImport();
  useEffect(() => {
    void start(file);
  }, [file, start]);
  if (state.step === 'idle') return null;
  return (
    <ImportDialogs
      state={state}
      onConfirm={() => void confirm().then(finished)}
      onCancel={() => {
        cancel();
        finished();
      }}
    />
  );
}
