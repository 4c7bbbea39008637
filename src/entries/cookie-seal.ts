/**
 * dist/cookie-seal.js — the loader, a classic script (IIFE) for the site's <head>:
 * applies the stored decision, gates tags, answers get()/isGranted(), and fetches
 * the chunks below only when they are needed.
 */
import '../loader.js';
