import { css } from 'lit';

/**
 * Styles of `<pk-meeting-place-finder>`. Appearance is themed with custom properties on `:host`; the
 * defaults pass WCAG AA contrast (text 16.1:1, accent 7.6:1 and muted text 7.0:1 on white).
 */
export const styles = css`
  :host {
    --pk-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --pk-text: #1b1b1b;
    --pk-muted-text: #4d4d4d;
    --pk-surface: #ffffff;
    --pk-surface-alt: #f3f5f7;
    --pk-border: #6b7280;
    --pk-accent: #00577d;
    --pk-accent-text: #ffffff;
    --pk-focus: #b3005e;
    --pk-radius: 0.5rem;
    --pk-gap: 1rem;
    --pk-example-surface: #fff4cc;
    --pk-example-text: #4a3700;
    --pk-error-surface: #fdecea;
    --pk-error-text: #8a1c12;

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--pk-text);
    background: var(--pk-surface);
    font-family: var(--pk-font-family);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  form {
    display: grid;
    gap: var(--pk-gap);
    margin-block-end: var(--pk-gap);
    padding: var(--pk-gap);
    background: var(--pk-surface-alt);
    border-radius: var(--pk-radius);
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--pk-gap);
    align-items: end;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }

  label,
  legend,
  summary {
    font-weight: 600;
  }

  .hint {
    color: var(--pk-muted-text);
    font-size: 0.875em;
  }

  input[type='search'],
  select {
    width: 100%;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    color: var(--pk-text);
    background: var(--pk-surface);
    border: 1px solid var(--pk-border);
    border-radius: var(--pk-radius);
    font: inherit;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.5rem 1rem;
    color: var(--pk-accent-text);
    background: var(--pk-accent);
    border: 2px solid var(--pk-accent);
    border-radius: var(--pk-radius);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  button.secondary,
  .button.secondary {
    color: var(--pk-accent);
    background: var(--pk-surface);
  }

  button:hover,
  .button:hover {
    color: var(--pk-accent);
    background: var(--pk-surface);
  }

  button.secondary:hover,
  .button.secondary:hover {
    color: var(--pk-accent-text);
    background: var(--pk-accent);
  }

  button[disabled] {
    cursor: progress;
  }

  :focus-visible {
    outline: 3px solid var(--pk-focus);
    outline-offset: 2px;
  }

  a {
    color: var(--pk-accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  details {
    border: 1px solid var(--pk-border);
    border-radius: var(--pk-radius);
    background: var(--pk-surface);
  }

  summary {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
    border-radius: var(--pk-radius);
  }

  .filter-groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--pk-gap);
    padding: 0 0.75rem 0.75rem;
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--pk-border);
    border-radius: var(--pk-radius);
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding-block: 0.25rem;
    font-weight: 400;
  }

  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--pk-accent);
  }

  [role='status'],
  .notice {
    margin: 0 0 var(--pk-gap);
  }

  .count {
    font-weight: 600;
  }

  .notice {
    padding: 0.75rem 1rem;
    border: 1px solid var(--pk-border);
    border-radius: var(--pk-radius);
    background: var(--pk-surface-alt);
  }

  .error {
    color: var(--pk-error-text);
    background: var(--pk-error-surface);
    border-color: var(--pk-error-text);
  }

  .error p,
  .error ul {
    margin: 0 0 0.5rem;
  }

  .results {
    display: grid;
    gap: var(--pk-gap);
    margin: 0 0 var(--pk-gap);
    padding: 0;
    list-style: none;
  }

  .result {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    padding: var(--pk-gap);
    border: 1px solid var(--pk-border);
    border-inline-start: 0.375rem solid var(--pk-accent);
    border-radius: var(--pk-radius);
    background: var(--pk-surface);
  }

  .result.example {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--pk-example-text);
  }

  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }

  .badge.example {
    color: var(--pk-example-text);
    background: var(--pk-example-surface);
  }

  .meta {
    margin: 0;
    color: var(--pk-muted-text);
  }

  .result p {
    margin: 0;
  }

  .label {
    font-weight: 600;
  }

  .openings {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .changed {
    font-style: italic;
  }

  dl {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  details > dl,
  details > .description {
    margin: 0;
    padding: 0 0.75rem 0.75rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.25rem;
  }

  dd ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --pk-accent: LinkText;
      --pk-accent-text: ButtonText;
      --pk-focus: Highlight;
      --pk-border: CanvasText;
    }

    button,
    button.secondary,
    .button,
    .button.secondary,
    input[type='search'],
    select {
      color: ButtonText;
      background: ButtonFace;
      border: 2px solid ButtonText;
    }

    .button,
    .button.secondary {
      color: LinkText;
      border-color: LinkText;
    }

    button:hover,
    button.secondary:hover,
    .button:hover,
    .button.secondary:hover {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }

    .result,
    .badge,
    .notice,
    fieldset,
    details {
      border-color: CanvasText;
    }

    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
