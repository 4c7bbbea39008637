// Demo only: the language switcher. `?lang=de` reloads the page with the banner in
// German: it becomes <html lang> (the config says "lang": "auto", which follows it)
// and is kept for the rest of the visit. The page's own prose stays English.
(function () {
  var asked = new URLSearchParams(location.search).get('lang');
  var lang = asked;
  try {
    if (asked) sessionStorage.setItem('demo-lang', asked);
    else lang = sessionStorage.getItem('demo-lang');
  } catch (e) {
    // Storage can be off; the query still works on this page.
  }
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) document.documentElement.lang = lang;
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('demo-language');
    if (!select) return;
    select.value = document.documentElement.lang.split('-')[0];
    select.addEventListener('change', function () {
      var url = new URL(location.href);
      url.searchParams.set('lang', select.value);
      location.assign(url.href);
    });
  });
})();
