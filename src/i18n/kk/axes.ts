import type { Translation } from '../core';
import type { axesText } from '../en/axes';

export const axes: Translation<typeof axesText> = {
  pest: { political: 'Саяси', economic: 'Экономикалық', social: 'Әлеуметтік', technological: 'Технологиялық' },
  swot: { strengths: 'Күшті жақтары', weaknesses: 'Әлсіз жақтары', opportunities: 'Мүмкіндіктер', threats: 'Қауіптер' },
  cell: ({ pest, swot }) => `${pest}: ${swot.toLowerCase()}`,
  internal: 'Ішкі',
  external: 'Сыртқы',
};
