import { defineText } from '../core';

type Phase = 'collect' | 'vote' | 'closed';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Live workshops: the facilitator's panel, the participants' phones and the view-only screen. */
export const liveText = defineText('live', {
  // Facilitator panel
  panelTitle: 'Live session',
  closePanel: 'Hide',
  closePanelLabel: 'Hide the live session panel (the session goes on)',
  needsServer:
    'Live sessions need the live server. Stop this one and run "npm run live" on this laptop, then open the address it prints. Nothing was changed.',
  checking: 'Checking for the live server…',
  startFailed: (reason: string) => `The live session could not start: ${reason}`,
  scanToJoin: 'Scan to join',
  qrAlt: (link: string) => `QR code for ${link}`,
  participantLink: 'Link for participants',
  viewLink: 'View-only link for a second screen',
  copy: 'Copy',
  copied: 'Link copied',
  copyFailed: 'Could not copy; select the link and copy it by hand.',
  connectedCount: (count: number) => `${plural(count, 'participant', 'participants')} connected`,
  phaseLegend: 'Phase',
  phaseNames: { collect: 'Collect', vote: 'Vote', closed: 'Closed' } satisfies Record<Phase, string>,
  phaseNow: (phase: string) => `Phase: ${phase}`,
  budgetLabel: 'Dots per participant',
  hiddenLabel: 'Hide new factors and vote totals until revealed',
  reveal: 'Reveal',
  revealed: 'Revealed',
  hiddenNote: 'Hidden on screen, not encrypted: the room’s data still reaches every phone.',
  participantFactors: 'Participants’ factors',
  noParticipantFactors: 'No factors from participants yet.',
  byAuthor: (name: string) => `by ${name}`,
  removeFactor: (title: string) => `Remove "${title}"`,
  removed: (title: string) => `Removed "${title}" from the session`,
  endSession: 'End session',
  confirmEnd: 'End the session? Participants can no longer add or vote. Everything stays in your scenario.',
  ended: 'The live session ended. Its factors and votes are in your scenario.',
  anonymous: 'Someone',
  resumed: 'Resumed after the page reloaded: the same session, links and QR code.',

  // Connection, everyone
  status: { connecting: 'Connecting…', connected: 'Connected', offline: 'Offline: your changes are kept and sent when the connection returns' },
  roomNotFound: 'This session does not exist, or the link is incomplete. Ask the facilitator for the link again.',
  permissionDenied: 'This link does not give access to the session.',
  retry: 'Try again',

  // Participant
  joinTitle: 'Join the workshop',
  nameLabel: 'Your name',
  nameHint: 'Shown to the facilitator next to your factors. No account needed.',
  joinButton: 'Join',
  nameRequired: 'Type a name to join.',
  greeting: (name: string) => `Joined as ${name}`,
  phaseHelp: {
    collect: 'Add factors to any cell.',
    vote: 'Spend your dots on the factors that matter most.',
    closed: 'The facilitator closed the session for now.',
  } satisfies Record<Phase, string>,
  sessionEnded: 'The session has ended. Thank you!',
  dotsLeft: (left: number, budget: number) => `${plural(left, 'dot', 'dots')} left of ${budget}`,
  cellCount: (count: number) => plural(count, 'factor', 'factors'),
  openCell: (cell: string, count: number) => `${cell}, ${plural(count, 'factor', 'factors')}`,
  backToCells: 'All cells',
  addFactor: 'Add a factor',
  titleLabel: 'Title',
  noteLabel: 'Note (optional)',
  add: 'Add',
  added: (title: string, cell: string) => `Added "${title}" to ${cell}`,
  titleRequired: 'Type a title first.',
  edit: 'Edit',
  editTitle: (title: string) => `Edit "${title}"`,
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved',
  yours: 'Yours',
  noFactors: 'No factors here yet.',
  votesOn: (count: number, title: string) => `${plural(count, 'vote', 'votes')} on "${title}"`,
  addVote: (title: string) => `Add a dot to "${title}"`,
  removeVote: (title: string) => `Take a dot back from "${title}"`,
  voteAdded: (title: string, left: number) => `Dot added to "${title}". ${plural(left, 'dot', 'dots')} left.`,
  voteRemoved: (title: string, left: number) => `Dot taken back from "${title}". ${plural(left, 'dot', 'dots')} left.`,
  noDotsLeft: 'No dots left. Take one back to move it.',
  notVoting: 'Voting is not open.',
  totalVotes: (count: number) => plural(count, 'vote', 'votes'),

  // Projector and view-only screen
  viewTitle: (name: string) => (name ? `Live: ${name}` : 'Live matrix'),
  hiddenSummary: (factors: number, votes: number) => `${plural(factors, 'new factor', 'new factors')} · ${plural(votes, 'vote', 'votes')} cast`,
  viewOnly: 'View only',
});
