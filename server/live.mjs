#!/usr/bin/env node
/**
 * `npm run live`: the app and its live-workshop sync endpoint on one port of this machine, for
 * the phones on the same network. Sync is Hocuspocus 3 (a Yjs server; its 4.x needs Node 22),
 * at ws://<host>:<port>/sync. Rooms are kept on disk, in a LevelDB database (y-leveldb).
 *
 *   node server/live.mjs [--port 4173] [--host 0.0.0.0] [--data live-rooms] [--no-build]
 */
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { decideAccess } from './access.mjs';
import { ensureBuilt } from './build.mjs';
import { guardConnection, MAX_MESSAGE_BYTES } from './guard.mjs';
import { enforceHostOnly } from './permissions.mjs';
import { openRoomStore } from './rooms.mjs';
import { serveStatic } from './static.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '0.0.0.0' },
    data: { type: 'string', default: join(projectRoot, 'live-rooms') },
    'no-build': { type: 'boolean', default: false },
  },
});
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${options.port}".`);
  process.exit(2);
}

if (!options['no-build']) ensureBuilt(projectRoot);
const rooms = await openRoomStore(resolve(options.data));
const log = (message) => console.log(`[live] ${message}`);
/** A failed write is reported, never thrown: the room stays in memory and the next write retries it. */
const saveRoom = (name, document) =>
  rooms.save(name, document).catch((error) => console.error(`[live] could not save room ${name.slice(0, 6)}…: ${error.message}`));

const hocuspocus = new Hocuspocus({
  quiet: true,
  // Written to disk a second after the last change, and at least every 5 s while changes go on.
  debounce: 1000,
  maxDebounce: 5000,
  async onAuthenticate({ token, documentName, connectionConfig }) {
    const access = decideAccess(token, documentName, rooms);
    if (access.role === 'host') rooms.create(documentName);
    // Hocuspocus drops document updates from a read-only connection on the server.
    connectionConfig.readOnly = access.readOnly;
    return { role: access.role };
  },
  async onLoadDocument({ documentName, document }) {
    await rooms.load(documentName, document);
    enforceHostOnly(document, () => log(`undid a participant's change to what only the facilitator may change, in room ${documentName.slice(0, 6)}…`));
    return document;
  },
  // Not awaited: once its longest delay has passed, Hocuspocus asks for a store on every change and
  // runs them one by one; awaited, hundreds queued behind each disk write at 100 participants and
  // stalled the server for seconds. The room store joins them into one write at a time instead.
  async onStoreDocument({ documentName, document }) {
    saveRoom(documentName, document);
  },
  // A room leaves memory only once what it holds is on disk.
  async beforeUnloadDocument({ documentName }) {
    await rooms.settled(documentName);
  },
});

function lanAddresses(actualPort) {
  const addresses = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) addresses.push(`http://${entry.address}:${actualPort}/`);
    }
  }
  return addresses;
}

const serveApp = serveStatic(join(projectRoot, 'dist'));
const httpServer = createServer((request, response) => {
  // The app asks this to learn that live sessions are possible here, and which address
  // phones can reach (the laptop may have opened localhost). It never lists rooms.
  if (request.url === '/api/live') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    // Bound to one address (say 127.0.0.1 in tests), the page's own origin is the only one that works.
    const addresses = options.host === '0.0.0.0' ? lanAddresses(httpServer.address().port) : [];
    response.end(JSON.stringify({ live: true, addresses }));
    return;
  }
  serveApp(request, response);
});

const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
httpServer.on('upgrade', (request, socket, head) => {
  if (new URL(request.url ?? '/', 'http://x').pathname !== '/sync') {
    socket.destroy();
    return;
  }
  sockets.handleUpgrade(request, socket, head, (ws) => {
    ws.on('error', (error) => log(`a connection failed: ${error.message}`));
    guardConnection(ws, log);
    hocuspocus.handleConnection(ws, request);
  });
});

/** Every open room; the writes are under way when this returns. */
function saveAll() {
  return [...hocuspocus.documents].map(([name, document]) => saveRoom(name, document));
}

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const writes = saveAll();
  for (const client of sockets.clients) client.terminate();
  await Promise.all(writes);
  await rooms.close();
  log(`stopped (${signal}); every room is saved in ${rooms.directory}`);
  httpServer.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

httpServer.listen(port, options.host, () => {
  const actualPort = httpServer.address().port;
  const local = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${actualPort}/`;
  console.log(`Live workshop server ready.`);
  console.log(`  On this laptop:  ${local}`);
  for (const address of options.host === '0.0.0.0' ? lanAddresses(actualPort) : []) console.log(`  On the network:  ${address}`);
  console.log(`  Rooms are kept in ${rooms.directory}`);
  console.log(`Open the app, then "Start live session". Stop with Ctrl+C.`);
});
