/** Props of {@link FormFieldLabelText}. */
export interface FormFieldLabelTextProps {
  /** The visible label. */
  label: string;
  /** Adds the required marker. */
  required: boolean;
  /** Shown after a required label, e.g. '(required)'. */
  requiredMarker: string;
}

/**
 * A label with a visible "required" marker. The marker is real text rather than a lone asterisk
 * so sighted and screen reader users get the same information (`aria-required` adds it again to
 * the control, which is harmless).
 */
export function FormFieldLabelText({ label, required, requiredMarker }: FormFieldLabelTextProps) {
  return (
    <>
      {label}
      {required && <span className="ms-form-field__required"> {requiredMarker}</span>}
    </>
  );
}
