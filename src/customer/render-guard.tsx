import { Component, type ReactNode } from 'react';
import { ErrorNote } from '@/components/panel';

interface RenderGuardProps {
  children: ReactNode;
}

/**
 * Last line of defence for the customer view: the decoder refuses what it knows cannot be shown, and if some
 * evidence still cannot be rendered, the customer gets a message and a way forward instead of a blank page.
 * Keyed by the link, so another link starts afresh.
 */
export class RenderGuard extends Component<RenderGuardProps, { failed?: string }> {
  override state: { failed?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failed === undefined) return this.props.children;
    return (
      <ErrorNote title="This share link cannot be shown">
        <p>The link was read, but its evidence could not be displayed ({this.state.failed}).</p>
        <p className="mt-1">
          Ask the support engineer for the link again, or for the Markdown export of the investigation.
        </p>
      </ErrorNote>
    );
  }
}
