import { defineText, plural } from '../core';

/** The words around the user's content in reports, CSV headers and decks (loaded with the exporters). */
export const reportsText = defineText('reports', {
  report: {
    matrix: 'Matrix',
    factorsByCell: 'Factors by cell',
    references: 'References',
    impact: ({ value }: { value: number }) => `impact ${value} of 5`,
    votes: plural({ one: '{count} vote', other: '{count} votes' }),
    noFactors: 'No factors.',
    noYear: 'n.d.',
    csvFactors: ['Scenario', 'PEST', 'SWOT', 'Position', 'Factor id', 'Title', 'Note', 'Impact', 'Votes', 'Tags', 'Citations', 'Likelihood', 'Weight', 'Rating'],
    csvCitations: ['Scenario', 'Factor id', 'Factor', 'Source', 'Locator', 'Quote', 'Translation', 'Evidence', 'Source id', 'Source URL'],
    csvStrategies: ['Scenario', 'Quadrant', 'Position', 'Strategy id', 'Title', 'Note', 'Factors', 'Factor ids', 'Deleted factor ids'],
    evidence: { fact: 'Fact', inference: 'Inference', assumption: 'Assumption' },
  },
  deck: {
    subtitle: 'SWOT × PEST analysis',
    factor: 'Factor',
    impact: 'Impact',
    votes: 'Votes',
    sources: 'Sources',
    factors: plural({ one: '{count} factor', other: '{count} factors' }),
    more: ({ count }: { count: number }) => `+${count} more`,
    continued: ({ title }: { title: string }) => `${title} (continued)`,
  },
});
