/** Props of {@link FormFieldError}. */
export interface FormFieldErrorProps {
  /** The id the control's `aria-describedby` points at. */
  id: string;
  /** The error text; nothing is rendered without one. */
  message: string | undefined;
}

/**
 * A field's error text. Always rendered when there is a message, never as a live region: the
 * error summary announces failures once, and a field's own message is read when it gets focus
 * through `aria-describedby`.
 */
export function FormFieldError({ id, message }: FormFieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className="ms-form-field__error">
      {message}
    </p>
  );
}
