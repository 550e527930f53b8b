import type { ComponentChildren } from 'preact';

/** A full-popup state: analysing, not an article, restricted page or error. */
export function StatusView(props: { kind: 'analysing' | 'not-article' | 'restricted' | 'error'; title: string; detail?: string; children?: ComponentChildren }) {
  return (
    <section class={`status ${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {props.kind === 'analysing' && <div class="spinner" aria-hidden="true" />}
      <h2>{props.title}</h2>
      {props.detail && <p>{props.detail}</p>}
      {props.children}
    </section>
  );
}
