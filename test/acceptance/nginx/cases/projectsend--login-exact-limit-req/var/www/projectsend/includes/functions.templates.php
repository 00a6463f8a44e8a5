<?php
// ProjectSend include stand-in: functions.templates.php
