/** Props of {@link FormFieldHint}. */
export interface FormFieldHintProps {
  /** The id the control's `aria-describedby` points at. */
  id: string;
  /** The help text; nothing is rendered without one. */
  hint: string | undefined;
}

/** A field's help text under its label, read with the control through `aria-describedby`. */
export function FormFieldHint({ id, hint }: FormFieldHintProps) {
  if (!hint) return null;
  return (
    <p id={id} className="ms-form-field__hint">
      {hint}
    </p>
  );
}
