import { css } from 'lit';

export const commentCountStyles = css`
  :host {
    display: inline;
  }
  /* "140 Kommentare" is one phrase: a narrow meta line wraps before it, never inside it. */
  [part='base'] {
    white-space: nowrap;
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* Holds the place of the count while it loads, so the line does not reflow when it arrives. */
  .pending {
    visibility: hidden;
  }
  .retry {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin-inline-start: 0.35em;
    text-decoration: underline dotted;
    cursor: pointer;
  }
`;
