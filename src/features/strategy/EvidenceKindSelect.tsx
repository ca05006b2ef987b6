import { EVIDENCE_KINDS, type EvidenceKind } from '../../domain/axes';
import type { Citation } from '../../domain/schema';
import { text } from '../../i18n/core';
import { strategyText } from '../../i18n/en/strategy';
import { useBoundActions } from '../../store/context';
import { createStrategyActions } from '../../store/strategyActions';

/** Labels a citation as fact, inference or assumption: what the factor's confidence is computed from. */
export function EvidenceKindSelect({ factorId, citation, index }: { factorId: string; citation: Citation; index: number }) {
  const actions = useBoundActions(createStrategyActions);
  const C = text(strategyText).confidence;
  return (
    <label className="citation__evidence">
      {C.evidence}{' '}
      <select
        aria-label={C.evidenceOf({ n: index + 1 })}
        value={citation.evidence ?? ''}
        onChange={(event) => actions.setEvidence(factorId, index, (event.target.value || null) as EvidenceKind | null)}
      >
        <option value="">{C.unlabelled}</option>
        {EVIDENCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {C.kinds[kind]}
          </option>
        ))}
      </select>
    </label>
  );
}
