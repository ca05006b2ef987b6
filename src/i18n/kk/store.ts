import type { Translation } from '../core';
import type { storeText } from '../en/store';

export const store: Translation<typeof storeText> = {
  added: ({ title, cell }) => `«${title}» ${cell} ұяшығына қосылды`,
  deleted: ({ title }) => `«${title}» жойылды`,
  undo: 'Болдырмау',
  restored: ({ title }) => `«${title}» қалпына келтірілді`,
  showingScenario: ({ name }) => `«${name}» сценарийі ашылды`,
  deletedScenario: ({ name }) => `«${name}» сценарийі жойылды`,
  nothingToUndo: 'Болдырмайтын ештеңе жоқ',
  nothingToRedo: 'Қайталайтын ештеңе жоқ',
  editorClosedFactor: 'Сіз өңдеп отырған фактор басқа қойындыда жойылды, сондықтан редактор жабылды.',
  editorClosedScenario: 'Сіз өңдеп отырған фактордың сценарийі басқа қойындыда жойылды, сондықтан редактор жабылды.',
  usedBy: { plural: { one: '{count} стратегияда қолданылады: {names}', other: '{count} стратегияда қолданылады: {names}' } },
  storage: {
    quota: 'Браузердің осы сайтқа арналған қоймасы толып қалды.',
    unavailable: 'Браузер сайтқа деректерді сақтауға рұқсат бермейді (жасырын режим немесе құпиялылық баптауы).',
    unknown: 'Браузер деректерді сақтаудан бас тартты.',
    newerInOtherTab: 'басқа қойынды жұмысты қолданбаның жаңарақ нұсқасымен сақтады',
    storageOffReason: 'қойма қолжетімсіз',
    newerReason: 'қолданбаның жаңарақ нұсқасымен сақталған',
  },
};
