/**
 * The demo site's contact and sign-up forms post to /form-sent. A real site
 * would handle the message; the demo only shows what arrived (including the
 * reCAPTCHA token), so a visitor can see the in-place consent flow end to end.
 * Registered only when the service serves the demo.
 */

const escapeHtml = (/** @type {string} */ s) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {import('fastify').FastifyInstance} app */
export function registerDemoForms(app) {
  app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(/** @type {string} */ (body)))),
    );
    scope.post('/form-sent', async (request, reply) => {
      const fields = /** @type {Record<string, string>} */ (request.body ?? {});
      const rows = Object.entries(fields)
        .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v.length > 80 ? `${v.slice(0, 77)}…` : v)}</td></tr>`)
        .join('');
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Message received — demo</title><link rel="stylesheet" href="/assets/site.css">
<main class="wrap"><h1>Message received</h1>
<p>This is the cookie-seal demo: nothing was sent anywhere. The form arrived with these fields:</p>
<table id="received">${rows}</table><p><a href="/">Back to the home page</a></p></main></html>`;
    });
  });
}
