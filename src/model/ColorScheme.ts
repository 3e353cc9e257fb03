/** `light`, `dark`, or `auto`: follow the visitor's system setting (`prefers-color-scheme`). */
export type ColorScheme = 'light' | 'dark' | 'auto';
