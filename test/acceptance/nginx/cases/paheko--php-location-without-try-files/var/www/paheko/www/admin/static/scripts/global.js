(function () { 'use strict'; })();
