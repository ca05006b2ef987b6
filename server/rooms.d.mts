import type * as Y from 'yjs';

export declare const ROOM_NAME: RegExp;

export interface RoomStore {
  directory: string;
  isName(name: unknown): boolean;
  has(name: string): boolean;
  create(name: string): void;
  load(name: string, doc: Y.Doc): Promise<void>;
  save(name: string, doc: Y.Doc): Promise<void>;
  settled(name: string): Promise<void>;
  close(): Promise<void>;
}

export declare function openRoomStore(directory: string): Promise<RoomStore>;
