import { Component, type ErrorInfo, type ReactNode } from 'react';
import { MeetingsApiError, isMeetingsApiError } from '../api/MeetingsApiError';

/** Props of {@link SchedulerErrorBoundary}. */
export interface SchedulerErrorBoundaryProps {
  /** A new value (e.g. another slug) clears the error and renders the children again. */
  resetKey: unknown;
  /** Told about a crash, wrapped as a MeetingsApiError. */
  onError: (error: MeetingsApiError) => void;
  /** Rendered instead of the children after an error (as reported); `reset` tries them again. */
  fallback: (reset: () => void, error: MeetingsApiError) => ReactNode;
  /** The views it protects. */
  children: ReactNode;
}

interface SchedulerErrorBoundaryState {
  error: MeetingsApiError | undefined;
  resetKey: unknown;
}

/** A render error as `onError` reports it: a MeetingsApiError as is, anything else wrapped. */
function toRenderError(error: unknown): MeetingsApiError {
  return isMeetingsApiError(error)
    ? error
    : new MeetingsApiError({
        kind: 'invalid-response',
        message: `The scheduler failed to render: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
}

/**
 * Keeps a bug in the widget from taking the host page down with it: React unmounts the whole
 * root on an uncaught render error. The error is reported through `onError` as a
 * `MeetingsApiError` of kind `invalid-response` (the callback's type; in practice such a crash
 * comes from data the views did not expect), with the original error as `cause`.
 */
export class SchedulerErrorBoundary extends Component<SchedulerErrorBoundaryProps, SchedulerErrorBoundaryState> {
  override state: SchedulerErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<SchedulerErrorBoundaryState> {
    return { error: toRenderError(error) };
  }

  static getDerivedStateFromProps(
    props: SchedulerErrorBoundaryProps,
    state: SchedulerErrorBoundaryState,
  ): Partial<SchedulerErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    // The error getDerivedStateFromError just wrapped, so the fallback and onError hold one object.
    const derived = this.state.error;
    const reported = derived && (derived === error || derived.cause === error) ? derived : toRenderError(error);
    try {
      this.props.onError(reported);
    } catch {
      // A throwing host callback must not turn the fallback into a second crash.
    }
  }

  private readonly reset = () => this.setState({ error: undefined });

  override render(): ReactNode {
    const { error } = this.state;
    return error ? this.props.fallback(this.reset, error) : this.props.children;
  }
}
