import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import type { Cell } from '../../domain/axes';
import { cellLabel } from '../../i18n/axes';
import { createId } from '../../domain/ids';
import { addRoomFactor, type RoomFactor, type RoomState, roomTotals } from '../../sync/liveRoom';
import { ParticipantFactor } from './ParticipantFactor';
import type { Identity } from './roomCopy';
import { othersVisible } from './rules';
import { LIVE } from './strings';

interface Props {
  cell: Cell;
  room: RoomState;
  doc: Y.Doc;
  me: Identity;
  factors: RoomFactor[];
  ownVotes: ReadonlyMap<string, number>;
  left: number;
  announce(text: string): void;
  onBack(): void;
}

/** One cell on a phone: its factors (own ones editable, dots in the vote phase) and a form to add one. */
export function CellView({ cell, room, doc, me, factors, ownVotes, left, announce, onBack }: Props) {
  const label = cellLabel(cell);
  const factorIds = new Set(room.factors.map((factor) => factor.id));
  const totals = othersVisible(room.session, { kind: 'participant', id: me.id }) ? roomTotals(room, true) : null;
  return (
    <section className="live-cell" aria-labelledby="live-cell-heading">
      <button type="button" className="live-back" onClick={onBack}>
        ← {LIVE.backToCells}
      </button>
      <h2 id="live-cell-heading">{label}</h2>
      {factors.length === 0 ? (
        <p className="live-note">{LIVE.noFactors}</p>
      ) : (
        <ul className="live-factors">
          {factors.map((factor) => (
            <ParticipantFactor
              key={factor.id}
              factor={factor}
              doc={doc}
              me={me}
              session={room.session}
              votes={room.votes}
              factorIds={factorIds}
              mine={ownVotes.get(factor.id) ?? 0}
              total={totals?.get(factor.id) ?? null}
              left={left}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {room.session.phase === 'collect' && <AddForm cell={cell} doc={doc} me={me} announce={announce} />}
    </section>
  );
}

function AddForm({ cell, doc, me, announce }: { cell: Cell; doc: Y.Doc; me: Identity; announce(text: string): void }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(LIVE.titleRequired);
    if (!addRoomFactor(doc, { id: createId('f'), title, note, cell, author: me.id })) return setError(LIVE.titleRequired);
    announce(LIVE.added(title.trim(), cellLabel(cell)));
    setTitle('');
    setNote('');
    setError('');
  };
  return (
    <form className="live-form" onSubmit={submit} noValidate>
      <h3>{LIVE.addFactor}</h3>
      <label htmlFor={`${id}-title`}>{LIVE.titleLabel}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-note`}>{LIVE.noteLabel}</label>
      <textarea id={`${id}-note`} value={note} rows={3} onChange={(event) => setNote(event.currentTarget.value)} />
      {error && (
        <p id={`${id}-error`} className="live-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button--primary">
        {LIVE.add}
      </button>
    </form>
  );
}
