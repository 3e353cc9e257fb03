import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import { toRenderError } from './SchedulerErrorBoundary';

/** Props of {@link BookingStepBoundary}. */
export interface BookingStepBoundaryProps {
  /** Told once per failure. */
  onError?: (error: MeetingsApiError) => void;
  /** Called before the children render again, e.g. to fetch a chunk that failed. */
  onRetry: () => void;
  /** Shown instead of the children after a failure; `retry` renders them again. */
  fallback: (error: MeetingsApiError, retry: () => void) => ReactNode;
  /** The booking step. */
  children: ReactNode;
}

interface BookingStepBoundaryState {
  error: MeetingsApiError | undefined;
}

/**
 * Catches a failure of the booking step (its chunk did not load, or it crashed) inside the flow,
 * so the widget's outer boundary does not replace everything and the chosen time is not lost.
 */
export class BookingStepBoundary extends Component<BookingStepBoundaryProps, BookingStepBoundaryState> {
  override state: BookingStepBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): BookingStepBoundaryState {
    return { error: toRenderError(error) };
  }

  // Not this.state.error: Preact applies the derived state after this call.
  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    try {
      this.props.onError?.(toRenderError(error));
    } catch {
      // A throwing host callback must not turn the fallback into a second crash.
    }
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: undefined });
  };

  override render(): ReactNode {
    const { error } = this.state;
    return error ? this.props.fallback(error, this.retry) : this.props.children;
  }
}
