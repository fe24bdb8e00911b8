// Runs before the first paint (a classic script in <head>; CSP allows 'self'). It sets the theme
// (the stored choice, else the system's), and hides the designer prerendered into index.html when
// the app will show something else: a share link, or a stored draft. main.tsx takes it from there.
(function () {
  var root = document.documentElement;
  if (/[?&]share=/.test(location.search)) root.dataset.boot = 'restore';
  try {
    var saved = localStorage.getItem('apim-designer:theme');
    root.dataset.theme =
      saved === 'light' || saved === 'dark'
        ? saved
        : matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
    if (localStorage.getItem('apim-designer:work') !== null) root.dataset.boot = 'restore';
  } catch {
    // Storage disabled: no draft, the light theme.
  }
})();
