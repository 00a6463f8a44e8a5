window.onload = function () { /* api-platform init */ };
