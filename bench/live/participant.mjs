// A child process of bench/live.mjs holding several participants, each on its own socket. It
// waits for "go", spreads each participant's factors and votes over the window, reports when it
// sent what, then reports when its own copies hold everything the room should.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { connect, now, roomParts, tally } from './client.mjs';

const { port, room, joinSecret, ids, factorsEach, votesEach, windowMs } = JSON.parse(process.argv[2]);
const CELLS = ['political', 'economic', 'social', 'technological'].flatMap((pest) =>
  ['strengths', 'weaknesses', 'opportunities', 'threats'].map((swot) => ({ pest, swot })),
);

const people = await Promise.all(ids.map(async (id) => ({ id, ...(await connect(port, room, `join:${joinSecret}`)) })));
for (const person of people) person.provider.awareness?.setLocalState({ role: 'participant', id: person.id, name: person.id });
process.send({ type: 'ready' });

const sent = [];
function addFactor(person, index) {
  const { factors } = roomParts(person.doc);
  const cell = CELLS[(index + person.id.length) % CELLS.length];
  let last = null;
  for (const record of factors.values()) {
    const place = record.get('place');
    if (place?.pest === cell.pest && place.swot === cell.swot && (last === null || place.key > last)) last = place.key;
  }
  const id = `${person.id}-f${index}`;
  const at = now();
  factors.set(id, new Y.Map([
    ['title', `Factor ${index} from ${person.id}`], ['note', ''], ['impact', null], ['tags', []], ['votes', 0], ['citations', []],
    ['author', person.id], ['place', { ...cell, key: generateKeyBetween(last, null) }],
  ]));
  sent.push({ kind: 'factor', key: id, value: 1, at });
}

function vote(person) {
  const { factors, votes } = roomParts(person.doc);
  const ids = Array.from(factors.keys());
  const factorId = ids[Math.floor(Math.random() * ids.length)];
  const key = `${factorId}\u0000${person.id}`;
  const value = (votes.get(key) ?? 0) + 1;
  const at = now();
  votes.set(key, value);
  sent.push({ kind: 'vote', key, value, at });
}

process.on('message', async (message) => {
  if (message.type !== 'go') return;
  const { expectFactors, expectDots } = message;
  const actions = factorsEach + votesEach;
  // How late this process runs its own work: a busy client delays what it sends and reads.
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  await Promise.all(people.map((person) => new Promise((done) => {
    // Each participant's actions at random moments of the window, factors first, as a room does it.
    const moments = Array.from({ length: actions }, () => Math.random() * windowMs).sort((a, b) => a - b);
    let step = 0;
    const next = () => {
      if (step < factorsEach) addFactor(person, step);
      else vote(person);
      step++;
      if (step < actions) setTimeout(next, moments[step] - moments[step - 1]);
      else done();
    };
    setTimeout(next, moments[0]);
  })));
  lag.disable();
  process.send({ type: 'sent', sent, lagMaxMs: lag.max / 1e6 });
  // Converged here when every copy in this process holds the whole room.
  const convergedAt = await Promise.all(people.map(({ doc }) => new Promise((resolve) => {
    const check = () => {
      const { factors, dots } = tally(doc);
      if (factors >= expectFactors && dots >= expectDots) {
        doc.off('update', check);
        resolve(now());
      }
    };
    doc.on('update', check);
    check();
  })));
  process.send({ type: 'converged', at: Math.max(...convergedAt) });
});

process.on('disconnect', () => {
  for (const { provider } of people) provider.destroy();
  process.exit(0);
});
