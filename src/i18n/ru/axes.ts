import type { Translation } from '../core';
import type { axesText } from '../en/axes';

export const axes: Translation<typeof axesText> = {
  pest: { political: 'Политические', economic: 'Экономические', social: 'Социальные', technological: 'Технологические' },
  swot: { strengths: 'Сильные стороны', weaknesses: 'Слабые стороны', opportunities: 'Возможности', threats: 'Угрозы' },
  cell: ({ pest, swot }) => `${pest}: ${swot.toLowerCase()}`,
  internal: 'Внутренние',
  external: 'Внешние',
};
