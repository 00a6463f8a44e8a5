<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<style>.error-message ul {margin:0;padding:0;}</style>
<?php if (isset($error)) { ?>
    <div class="error-message"><?php echo $error ?></div>
<?php } ?>
<?php if (!login()) { ?>
    <h1><?php echo i18n('Login');?></h1>
    <form method="POST" action="login">
        <label><?php echo i18n('User');?> <span class="required">*</span></label>
        <input type="text" class="form-control <?php if (isset($username)) {
            if (empty($username)) {
                echo 'error';
