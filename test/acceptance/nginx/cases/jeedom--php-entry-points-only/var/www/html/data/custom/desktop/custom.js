// user JS
