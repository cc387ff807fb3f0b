import { css } from 'lit';

/** The new-comments announcement and the expired sign-in notice. */
export const liveStyles = css`
  .new-comments:empty {
    display: none;
  }
  /* Announced where the new comments will appear, and kept in sight while the thread is: in a long
     oldest-first thread that place is far below the reader. Only the button takes clicks. */
  .new-comments {
    position: sticky;
    top: 0.75rem;
    bottom: 0.75rem;
    z-index: 1;
    pointer-events: none;
  }
  .new-comments > * {
    pointer-events: auto;
  }
  .new-comments-button {
    justify-self: start;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.35);
  }
  .session-expired {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--press-error-color, light-dark(#b3261e, #ffb4ab));
  }
`;
