import type { Translation } from '../core';
import type { reportsText } from '../en/reports';

export const reports: Translation<typeof reportsText> = {
  report: {
    matrix: 'Матрица',
    factorsByCell: 'Ұяшықтар бойынша факторлар',
    references: 'Дереккөздер',
    impact: ({ value }) => `әсері 5-тен ${value}`,
    votes: { plural: { one: '{count} дауыс', other: '{count} дауыс' } },
    noFactors: 'Фактор жоқ.',
    noYear: 'ж. к.',
    csvFactors: ['Сценарий', 'PEST', 'SWOT', 'Орны', 'Фактор идентификаторы', 'Атауы', 'Ескертпе', 'Әсері', 'Дауыстар', 'Белгілер', 'Сілтемелер', 'Ықтималдығы', 'Салмағы', 'Бағасы'],
    csvCitations: ['Сценарий', 'Фактор идентификаторы', 'Фактор', 'Дереккөз', 'Орны', 'Дәйексөз', 'Аударма', 'Дәлел түрі', 'Дереккөз идентификаторы', 'Дереккөз мекенжайы'],
    csvStrategies: ['Сценарий', 'Квадрант', 'Орны', 'Стратегия идентификаторы', 'Атауы', 'Ескертпе', 'Факторлар', 'Фактор идентификаторлары', 'Жойылған фактор идентификаторлары'],
    evidence: { fact: 'Факт', inference: 'Тұжырым', assumption: 'Болжам' },
  },
  deck: {
    subtitle: 'SWOT × PEST талдауы',
    factor: 'Фактор',
    impact: 'Әсері',
    votes: 'Дауыстар',
    sources: 'Дереккөздер',
    factors: { plural: { one: '{count} фактор', other: '{count} фактор' } },
    more: ({ count }) => `тағы ${count}`,
    continued: ({ title }) => `${title} (жалғасы)`,
  },
};
