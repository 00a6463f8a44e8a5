<!DOCTYPE html>
<html lang="en-US"><head><title>Ampache -- Debug Page</title></head>
<body><h1>Warning</h1><p>The root Ampache folder has changed to <a href="./public">./public</a></p><p>You must update your DocumentRoot to the new path</p></body></html>
