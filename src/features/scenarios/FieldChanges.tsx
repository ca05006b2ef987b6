import type { FieldChange, WordPart } from '../../domain/fieldChanges';
import type { Citation, Source } from '../../domain/schema';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';
import './compare.css';

/**
 * Words kept, added and removed, in reading order. <ins> and <del> are underlined and struck
 * through, so the two differ without colour; screen readers do not announce either element,
 * so each run starts with the word for it.
 */
function Words({ parts }: { parts: readonly WordPart[] }) {
  const S = text(panelsText).compare;
  return (
    <p className="changes__words" dir="auto">
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index}>
            <span className="visually-hidden">{S.addedWords} </span>
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">{S.removedWords} </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** "before → after" on screen; in words for a screen reader, which would read the arrow as a symbol. */
function BeforeAfter({ before, after }: { before: string; after: string }) {
  const S = text(panelsText).compare;
  return (
    <p className="changes__value">
      <span aria-hidden="true">
        <del>{before}</del> → <ins>{after}</ins>
      </span>
      <span className="visually-hidden">{S.fromTo({ before, after })}</span>
    </p>
  );
}

function Citations({ added, removed, sources }: { added: readonly Citation[]; removed: readonly Citation[]; sources: readonly Source[] }) {
  const S = text(panelsText).compare;
  const name = (citation: Citation) => {
    const title = sources.find((source) => source.id === citation.sourceId)?.title ?? S.unknownSource;
    return citation.locator ? `${title}, ${citation.locator}` : title;
  };
  return (
    <ul className="changes__citations">
      {added.map((citation, index) => (
        <li key={`a${index}`}>
          <ins>
            <span className="changes__sign" aria-hidden="true">+ </span>
            <span className="visually-hidden">{S.citationAdded}: </span>
            {name(citation)}
          </ins>
        </li>
      ))}
      {removed.map((citation, index) => (
        <li key={`r${index}`}>
          <del>
            <span className="changes__sign" aria-hidden="true">− </span>
            <span className="visually-hidden">{S.citationRemoved}: </span>
            {name(citation)}
          </del>
        </li>
      ))}
    </ul>
  );
}

/** What each changed field of one edited factor was and became. */
export function FieldChanges({ changes, sources }: { changes: readonly FieldChange[]; sources: readonly Source[] }) {
  const S = text(panelsText).compare;
  const shown = (value: number | null | readonly string[]) =>
    value === null || (Array.isArray(value) && value.length === 0) ? S.none : Array.isArray(value) ? value.join(', ') : String(value);
  return (
    <dl className="changes">
      {changes.map((change) => (
        <div key={change.field} className="changes__field">
          <dt>{S.fields[change.field]}</dt>
          <dd>
            {change.kind === 'words' ? (
              <Words parts={change.parts} />
            ) : change.kind === 'citations' ? (
              <Citations added={change.added} removed={change.removed} sources={sources} />
            ) : (
              <BeforeAfter before={shown(change.before)} after={shown(change.after)} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
