import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  fallback(reset: () => void): ReactNode;
  children: ReactNode;
}

/** Catches rendering errors so the pane shows a message (and paste still works) instead of going blank. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("NDR Explainer pane error", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
