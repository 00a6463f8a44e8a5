<?php
// Debug front controller: refuses anything but 127.0.0.1/::1 (placeholder).
header('HTTP/1.0 403 Forbidden');
exit('You are not allowed to access this file.');
