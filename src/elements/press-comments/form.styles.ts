import { css } from 'lit';

/** The comment form's fields, errors and summary; it reads the `--_…` properties commentsStyles sets on :host. */
export const formStyles = css`
  /* The comment form: labels above full-width fields, a rule in the accent colour on top. */
  .form,
  .row {
    display: grid;
    gap: 1rem;
  }
  .form {
    padding: var(--press-comments-form-padding, 1.25rem 0 0);
    border-top: 3px solid var(--_accent);
  }
  .row {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .field {
    display: grid;
    gap: 0.3rem;
    align-content: start;
  }
  label,
  .reply,
  .field-error,
  .counter.over {
    font-weight: 600;
  }
  .required,
  .remember {
    font-weight: 400;
  }
  input:not([type='checkbox']),
  textarea {
    width: 100%;
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--press-input-border-color, var(--_strong-line));
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
    border: 2px solid var(--_error);
  }
  .field-error,
  .counter.over {
    color: var(--_error);
    font-size: 0.9em;
  }
  .summary {
    border: 2px solid var(--_error);
    border-radius: var(--press-radius, 6px);
    padding: 0.75rem 1rem;
  }
  .summary ul {
    padding-inline-start: 1.25rem;
  }
  .remember {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .remember input {
    margin-top: 0.25rem;
  }
`;
