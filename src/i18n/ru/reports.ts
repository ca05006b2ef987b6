import type { Translation } from '../core';
import type { reportsText } from '../en/reports';

export const reports: Translation<typeof reportsText> = {
  report: {
    matrix: 'Матрица',
    factorsByCell: 'Факторы по ячейкам',
    references: 'Источники',
    impact: ({ value }) => `влияние ${value} из 5`,
    votes: { plural: { one: '{count} голос', few: '{count} голоса', many: '{count} голосов', other: '{count} голоса' } },
    noFactors: 'Факторов нет.',
    noYear: 'б. г.',
    csvFactors: ['Сценарий', 'PEST', 'SWOT', 'Позиция', 'Идентификатор фактора', 'Название', 'Заметка', 'Влияние', 'Голоса', 'Метки', 'Ссылки', 'Вероятность', 'Вес', 'Оценка'],
    csvCitations: ['Сценарий', 'Идентификатор фактора', 'Фактор', 'Источник', 'Место', 'Цитата', 'Перевод', 'Вид свидетельства', 'Идентификатор источника', 'Адрес источника'],
    csvStrategies: ['Сценарий', 'Квадрант', 'Позиция', 'Идентификатор стратегии', 'Название', 'Заметка', 'Факторы', 'Идентификаторы факторов', 'Идентификаторы удалённых факторов'],
    evidence: { fact: 'Факт', inference: 'Вывод', assumption: 'Допущение' },
  },
  deck: {
    subtitle: 'Анализ SWOT × PEST',
    factor: 'Фактор',
    impact: 'Влияние',
    votes: 'Голоса',
    sources: 'Источники',
    factors: { plural: { one: '{count} фактор', few: '{count} фактора', many: '{count} факторов', other: '{count} фактора' } },
    more: ({ count }) => `ещё ${count}`,
    continued: ({ title }) => `${title} (продолжение)`,
  },
};
