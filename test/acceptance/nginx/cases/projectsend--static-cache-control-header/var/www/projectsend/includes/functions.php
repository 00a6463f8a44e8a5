<?php
// ProjectSend include stand-in: functions.php
