import { css } from 'lit';

export const cardListStyles = css`
  :host {
    display: block;
  }
  .cards {
    display: grid;
    gap: var(--press-card-list-gap, var(--press-gap, 1.25rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='grid']) .cards,
  :host(:not([layout])) .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--press-card-min-width, 16rem)), 1fr));
  }
  .cards > li {
    min-width: 0;
  }
  press-card {
    height: 100%;
  }
  .skeleton {
    border-radius: var(--press-card-radius, var(--press-radius, 8px));
    border: 1px solid var(--press-border-color, color-mix(in srgb, currentColor 16%, transparent));
    overflow: hidden;
  }
  .skeleton .shape {
    background: color-mix(in srgb, currentColor 9%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .image {
    aspect-ratio: var(--press-card-image-ratio, 16 / 9);
  }
  .skeleton .lines {
    display: grid;
    gap: 0.6rem;
    padding: var(--press-card-padding, 1rem);
  }
  .skeleton .line {
    height: 0.9rem;
    border-radius: 4px;
  }
  .skeleton .line.short {
    width: 60%;
  }
  :host([layout='list']) .skeleton {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .empty {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--press-border-color, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--press-radius, 8px);
  }
`;
