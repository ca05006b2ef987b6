import type { Translation } from '../core';
import type { stepsText } from '../en/steps';

export const steps: Translation<typeof stepsText> = {
  undone: 'Болдырылмады',
  redone: 'Қайталанды',
  undoneStep: ({ step }) => `Болдырылмады: ${step}`,
  redoneStep: ({ step }) => `Қайталанды: ${step}`,
  step: {
    factorAdded: ({ title, cell }) => `«${title}» факторын ${cell} ұяшығына қосу`,
    factorDeleted: ({ title }) => `«${title}» факторын жою`,
    factorMoved: ({ title, cell }) => `«${title}» факторын ${cell} ұяшығына жылжыту`,
    factorReordered: ({ title, cell }) => `«${title}» факторын ${cell} ұяшығының ішінде жылжыту`,
    factorEdited: ({ title }) => `«${title}» факторын өзгерту`,
    vote: ({ title }) => `«${title}» үшін дауыс`,
    factors: { plural: { one: '{count} факторды өзгерту', other: '{count} факторды өзгерту' } },
    strategy: ({ title }) => `«${title}» стратегиясын өзгерту`,
    scenarioAdded: ({ name }) => `«${name}» сценарийін қосу`,
    scenarioDeleted: ({ name }) => `«${name}» сценарийін жою`,
    scenarioEdited: ({ name }) => `«${name}» сценарийін өзгерту`,
    sources: 'дереккөздерді өзгерту',
  },
};
