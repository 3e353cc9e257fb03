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
 * A label with a "required" marker: an asterisk for the eye (hidden from screen readers, which
 * would read "star") and the marker's words for assistive technology, so the accessible name
 * still says "(required)"; `aria-required` on the control says it again, which is harmless.
 */
export function FormFieldLabelText({ label, required, requiredMarker }: FormFieldLabelTextProps) {
  return (
    <>
      {label}
      {required && (
        <span className="ms-form-field__required">
          <span aria-hidden="true"> *</span>
          <span className="ms-visually-hidden"> {requiredMarker}</span>
        </span>
      )}
    </>
  );
}
