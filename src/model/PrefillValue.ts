/** A prefilled value: the plain value stays editable; `{ value, locked: true }` is read-only. */
export type PrefillValue =
  | string
  | {
      /** The value shown in the field. */
      value: string;
      /**
       * Read-only for the visitor (e.g. an email the host already knows).
       * @defaultValue false
       */
      locked?: boolean;
    };
