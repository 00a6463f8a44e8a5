<?php
// language strings
$lang['strlogin'] = 'Login';
