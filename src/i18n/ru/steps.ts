import type { Translation } from '../core';
import type { stepsText } from '../en/steps';

export const steps: Translation<typeof stepsText> = {
  undone: 'Отменено',
  redone: 'Повторено',
  undoneStep: ({ step }) => `Отменено: ${step}`,
  redoneStep: ({ step }) => `Повторено: ${step}`,
  step: {
    factorAdded: ({ title, cell }) => `добавление «${title}» в ячейку ${cell}`,
    factorDeleted: ({ title }) => `удаление «${title}»`,
    factorMoved: ({ title, cell }) => `перемещение «${title}» в ячейку ${cell}`,
    factorReordered: ({ title, cell }) => `перемещение «${title}» внутри ячейки ${cell}`,
    factorEdited: ({ title }) => `изменение «${title}»`,
    vote: ({ title }) => `голос за «${title}»`,
    factors: { plural: { one: 'изменение {count} фактора', few: 'изменение {count} факторов', many: 'изменение {count} факторов', other: 'изменение {count} фактора' } },
    strategy: ({ title }) => `изменение стратегии «${title}»`,
    scenarioAdded: ({ name }) => `добавление сценария «${name}»`,
    scenarioDeleted: ({ name }) => `удаление сценария «${name}»`,
    scenarioEdited: ({ name }) => `изменение сценария «${name}»`,
    sources: 'изменение источников',
  },
};
