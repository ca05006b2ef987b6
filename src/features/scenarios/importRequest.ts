import { create } from 'zustand';

/** A file the user chose or dropped, waiting for the import flow, which loads only when there is one. */
export const useImportRequest = create<{ file: File | null }>(() => ({ file: null }));

export const requestImport = (file: File): void => useImportRequest.setState({ file });
