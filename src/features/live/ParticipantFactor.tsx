import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { editRoomFactor, type RoomFactor, setVote } from '../../sync/liveRoom';
import { useLongPress } from './longPress';
import type { Identity } from './roomCopy';
import { decideVote, type SessionSettings, type VoteEntries, type VoteRefusal } from './rules';
import { LIVE } from './strings';

interface Props {
  factor: RoomFactor;
  doc: Y.Doc;
  me: Identity;
  session: SessionSettings;
  votes: VoteEntries;
  /** Every factor in the room: the budget counts dots on all of them. */
  factorIds: ReadonlySet<string>;
  /** This participant's dots on the factor. */
  mine: number;
  /** Everyone's, when the session shows totals. */
  total: number | null;
  left: number;
  announce(text: string): void;
}

const refusal: Record<VoteRefusal, (title: string) => string> = {
  'not-voting': () => LIVE.notVoting,
  'no-dots-left': () => LIVE.noDotsLeft,
  'nothing-to-take-back': (title) => LIVE.nothingToTakeBack(title),
  'no-such-factor': () => LIVE.notVoting,
};

/** A factor on a phone. Titles and notes from others are rendered as text by React, never as HTML. */
export function ParticipantFactor({ factor, doc, me, session, votes, factorIds, mine, total, left, announce }: Props) {
  const [editing, setEditing] = useState(false);
  // Closing the form removes the field that had focus: it goes back to Edit, not to the page's top.
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const isMine = factor.author === me.id;
  const voting = session.phase === 'vote' && !session.ended;

  const vote = (delta: 1 | -1) => {
    const decision = decideVote(session, votes, me.id, factor.id, delta, factorIds);
    if (!decision.ok) return announce(refusal[decision.reason](factor.title));
    setVote(doc, factor.id, me.id, decision.next);
    announce(delta === 1 ? LIVE.voteAdded(factor.title, left - 1) : LIVE.voteRemoved(factor.title, left + 1));
  };
  // On a phone, holding + takes a dot back; − stays for keyboards and screen readers.
  const longPress = useLongPress(() => {
    navigator.vibrate?.(15);
    vote(-1);
  });

  return (
    <li className={`live-factor${isMine ? ' live-factor--mine' : ''}`} data-testid="live-factor">
      {editing ? (
        <EditForm
          factor={factor}
          doc={doc}
          onDone={(saved) => {
            returnFocus.current = true;
            setEditing(false);
            if (saved) announce(LIVE.saved);
          }}
        />
      ) : (
        <>
          <p className="live-factor__title">
            {factor.title}
            {isMine && <span className="live-tag">{LIVE.yours}</span>}
          </p>
          {factor.note && <p className="live-factor__note">{factor.note}</p>}
          {total !== null && <p className="live-note">{LIVE.totalVotes(total)}</p>}
          <div className="live-factor__actions">
            {isMine && !session.ended && (
              <button ref={editButton} type="button" aria-label={LIVE.editTitle(factor.title)} onClick={() => setEditing(true)}>
                {LIVE.edit}
              </button>
            )}
            {voting && (
              <span className="live-vote" role="group" aria-label={LIVE.votesOn(mine, factor.title)}>
                <button type="button" aria-label={LIVE.removeVote(factor.title)} disabled={mine === 0} onClick={() => vote(-1)}>
                  −
                </button>
                <span className="live-vote__mine" aria-hidden="true" data-testid="my-votes">
                  {mine}
                </span>
                {/* aria-disabled rather than disabled: a spent-out phone must still take the press. */}
                <button
                  type="button"
                  className="button--primary live-vote__add"
                  aria-label={LIVE.addVote(factor.title)}
                  aria-disabled={left === 0}
                  {...longPress.handlers}
                  onClick={() => {
                    if (!longPress.consumeFired()) vote(1);
                  }}
                >
                  +
                </button>
              </span>
            )}
          </div>
        </>
      )}
    </li>
  );
}

function EditForm({ factor, doc, onDone }: { factor: RoomFactor; doc: Y.Doc; onDone(saved: boolean): void }) {
  const id = useId();
  const [title, setTitle] = useState(factor.title);
  const [note, setNote] = useState(factor.note);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    onDone(editRoomFactor(doc, factor.id, { title, note }));
  };
  return (
    <form className="live-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone(false)}>
      <label htmlFor={`${id}-title`}>{LIVE.titleLabel}</label>
      {/* Opened by Edit: the title is what the participant came to change. */}
      <input id={`${id}-title`} value={title} maxLength={200} required autoFocus onChange={(event) => setTitle(event.currentTarget.value)} />
      <label htmlFor={`${id}-note`}>{LIVE.noteLabel}</label>
      <textarea id={`${id}-note`} value={note} rows={3} onChange={(event) => setNote(event.currentTarget.value)} />
      <div className="live-factor__actions">
        <button type="submit" className="button--primary">
          {LIVE.save}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {LIVE.cancel}
        </button>
      </div>
    </form>
  );
}
