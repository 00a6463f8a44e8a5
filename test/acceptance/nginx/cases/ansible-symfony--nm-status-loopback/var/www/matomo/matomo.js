/* placeholder: Matomo tracker code */ var _paq = window._paq || [];
