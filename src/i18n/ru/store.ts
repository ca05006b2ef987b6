import type { Translation } from '../core';
import type { storeText } from '../en/store';

export const store: Translation<typeof storeText> = {
  added: ({ title, cell }) => `«${title}» добавлен в ячейку ${cell}`,
  deleted: ({ title }) => `«${title}» удалён`,
  undo: 'Отменить',
  restored: ({ title }) => `«${title}» восстановлен`,
  showingScenario: ({ name }) => `Открыт сценарий «${name}»`,
  deletedScenario: ({ name }) => `Сценарий «${name}» удалён`,
  nothingToUndo: 'Нечего отменять',
  nothingToRedo: 'Нечего повторять',
  editorClosedFactor: 'Фактор, который вы редактировали, удалён в другой вкладке, поэтому редактор закрыт.',
  editorClosedScenario: 'Сценарий фактора, который вы редактировали, удалён в другой вкладке, поэтому редактор закрыт.',
  usedBy: { plural: { one: 'используется в {count} стратегии: {names}', few: 'используется в {count} стратегиях: {names}', many: 'используется в {count} стратегиях: {names}', other: 'используется в {count} стратегиях: {names}' } },
  storage: {
    quota: 'Хранилище браузера для этого сайта заполнено.',
    unavailable: 'Браузер не разрешает сайту хранить данные (приватный режим или настройка конфиденциальности).',
    unknown: 'Браузер отказался сохранить данные.',
    newerInOtherTab: 'другая вкладка сохранила работу более новой версией приложения',
    storageOffReason: 'хранилище недоступно',
    newerReason: 'сохранено более новой версией приложения',
  },
};
