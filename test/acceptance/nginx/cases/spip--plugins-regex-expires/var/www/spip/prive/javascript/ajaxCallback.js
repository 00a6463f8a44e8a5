// ajaxCallback.js
