<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8" /><title>Bolt - Installation error</title></head>
<body>
    <h1>Bolt - Installation error</h1>
    <p><strong>If you can read this, you've (probably) installed Bolt in the wrong folder.</strong></p>
    <p>The current folder is: <code><?php echo getcwd(); ?>/</code>.</p>
    <p>The best and easiest fix is to configure the server to use this 'document root':<br>
        <code><?php echo getcwd(); ?>/public/</code> .</p>
</body>
</html>
