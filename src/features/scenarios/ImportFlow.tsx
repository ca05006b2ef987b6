import { useEffect } from 'react';
import { useApp } from '../../store/context';
import { ImportDialogs } from './ImportDialogs';
import { useImportRequest } from './importRequest';
import { useImport } from './useImport';

const finished = () => useImportRequest.setState({ file: null });

/** Reads and checks the requested file, then shows its problems or a preview to confirm. */
export function ImportFlow({ file }: { file: File }) {
  const { state, start, confirm, cancel } = useImport();
  // Read live, as the import will read them when confirmed, not as they were when the file was read.
  const sourcesHere = useApp((app) => app.workspace.sources);
  useEffect(() => {
    void start(file);
  }, [file, start]);
  if (state.step === 'idle') return null;
  return (
    <ImportDialogs
      state={state}
      sourcesHere={sourcesHere}
      onConfirm={() => void confirm().then(finished)}
      onCancel={() => {
        cancel();
        finished();
      }}
    />
  );
}
