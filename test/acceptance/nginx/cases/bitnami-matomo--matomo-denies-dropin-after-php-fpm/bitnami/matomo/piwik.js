(function(){/* matomo.js */})();
