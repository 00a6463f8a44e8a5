<?php
return [
	'enable_webupdate' => false,
	'disable_otp_security_check' => false,
	'display_php_errors' => false,
];
