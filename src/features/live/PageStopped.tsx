import { Component, type ReactNode } from 'react';
import { LIVE } from './strings';

/**
 * Around the phone's and the second screen's pages. React removes the whole page on an error no
 * component catches, which on a participant's phone would be a blank screen in the middle of a
 * workshop. Whatever the phone sent is in the room already: this says so and offers the page back.
 */
export class PageStopped extends Component<{ children: ReactNode }, { stopped: boolean }> {
  override state = { stopped: false };

  static getDerivedStateFromError() {
    return { stopped: true };
  }

  override render() {
    if (!this.state.stopped) return this.props.children;
    return (
      <main className="live-phone">
        <div role="alert" className="live-banner live-banner--error">
          <h1 className="live-banner__title">{LIVE.pageStopped}</h1>
          <p>{LIVE.nothingLost}</p>
          <button type="button" onClick={() => this.setState({ stopped: false })} autoFocus>
            {LIVE.showPageAgain}
          </button>
        </div>
      </main>
    );
  }
}
