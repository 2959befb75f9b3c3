import { Component, type ContextType, type ReactNode } from 'react';
import { ErrorNote } from './panel';
import { WordsContext } from './words';

interface ErrorBoundaryProps {
  /** What could not be shown, e.g. "The timeline". */
  what: string;
  /** What the user can do next. */
  hint: ReactNode;
  /** A new value starts afresh (another run, another link). */
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * A render failure in one panel stays in that panel: the message says what could not be shown and what to do, and
 * everything around it (the forms, what was typed) stays as it was. Errors in event handlers are caught where they
 * happen; this catches what evidence does to rendering.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed?: string; key?: unknown }> {
  static override contextType = WordsContext;
  declare context: ContextType<typeof WordsContext>;
  override state: { failed?: string; key?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: { failed?: string; key?: unknown }) {
    return props.resetKey === state.key ? null : { failed: undefined, key: props.resetKey };
  }

  override render() {
    if (this.state.failed === undefined) return this.props.children;
    return (
      <ErrorNote title={this.context.t({ id: 'ui.error.cannot-show', params: { what: this.props.what } })}>
        <p>{this.context.t({ id: 'ui.error.detail', params: { problem: this.state.failed.slice(0, 200) } })}</p>
        <p className="mt-1">{this.props.hint}</p>
      </ErrorNote>
    );
  }
}
