/** dist/chunks/cleanup.js — deletes the cookies of what a visitor withdraws. */
export * from '../core/cleanup.js';
