import { css } from 'lit';

/** The new-comments announcement and the expired sign-in notice. */
export const liveStyles = css`
  .new-comments:empty {
    display: none;
  }
  .new-comments-button {
    justify-self: start;
  }
  .session-expired {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--press-error-color, light-dark(#b3261e, #ffb4ab));
  }
`;
