<html><body>@vite(...)</body></html>
