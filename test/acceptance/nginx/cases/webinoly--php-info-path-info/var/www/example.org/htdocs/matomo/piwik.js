(function(){/* matomo tracker */})();
