import widgetCss from '../theme/styles.css?inline';

/**
 * The shadow root's stylesheet: the widget's own CSS plus the isolation reset.
 *
 * `:host { all: initial }` stops the page's inherited styles (font, colour, line height...) at the
 * element. A page rule with `!important` on the host element (e.g. `* { font-size: 40px
 * !important }`) still beats `:host`, so the container inside the shadow root resets again: page
 * selectors never match inside a shadow tree, so that second reset always holds. Custom properties
 * are not reset by `all`, so `--ms-*` variables set on the element still theme the widget.
 */
export const embedStyles = `:host{all:initial;display:block}:host([hidden]){display:none}.ms-embed{all:initial;display:block}${widgetCss}`;
