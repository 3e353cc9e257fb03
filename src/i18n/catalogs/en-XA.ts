// The pseudo-locale: English, accented and bracketed, to spot text that is not from a catalog.
import { defaultMessages } from '../Messages';
import { pseudoLocalize } from '../pseudoLocalize';

export default pseudoLocalize(defaultMessages);
