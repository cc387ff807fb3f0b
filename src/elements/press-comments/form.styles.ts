import { css } from 'lit';

/** The comment form: labels above full-width fields, a rule in the accent colour on top. */
export const formStyles = css`
  .form {
    display: grid;
    gap: 1rem;
    padding: var(--press-comments-form-padding, 1.25rem 0 0);
    border-top: 3px solid var(--press-accent, light-dark(#0a58a8, #8cc4ff));
  }
  .item > .form {
    margin-top: 1rem;
  }
  .form-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }
  .note,
  .counter {
    margin: 0;
    font-size: 0.85em;
    opacity: 0.8;
  }
  .row {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.3rem;
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    font-size: 0.85em;
    opacity: 0.8;
  }
  input:not([type='checkbox']),
  textarea {
    width: 100%;
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--press-input-border-color, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: var(--press-input-radius, var(--press-radius, 4px));
    background: var(--press-input-background, color-mix(in srgb, currentColor 4%, transparent));
    color: inherit;
    font: inherit;
  }
  textarea {
    resize: vertical;
    min-height: 8rem;
  }
  [aria-invalid='true'] {
    border-color: var(--press-error-color, light-dark(#b3261e, #ffb4ab));
    border-width: 2px;
  }
  .field-error,
  .counter.over {
    margin: 0;
    color: var(--press-error-color, light-dark(#b3261e, #ffb4ab));
    font-weight: 600;
    font-size: 0.9em;
    opacity: 1;
  }
  .summary {
    border: 2px solid var(--press-error-color, light-dark(#b3261e, #ffb4ab));
    border-radius: var(--press-radius, 6px);
    padding: 0.75rem 1rem;
  }
  .summary p,
  .summary ul {
    margin: 0;
  }
  .summary ul {
    padding-inline-start: 1.25rem;
  }
  .remember {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 400;
  }
  .remember input {
    margin-top: 0.25rem;
  }
  .trap {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
