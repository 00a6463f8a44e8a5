function popupWindow(url) { window.open(url); }
