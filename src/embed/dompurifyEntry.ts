// The entry of dist/meeting-scheduler.embed.dompurify.js: hands DOMPurify's factory to the embed.
import createDOMPurify from 'dompurify';
import { DOMPURIFY_GLOBAL } from './embedFiles';

(window as unknown as Record<string, unknown>)[DOMPURIFY_GLOBAL] = createDOMPurify;
