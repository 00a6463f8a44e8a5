<?php
// Piwigo 14 placeholder: notification.php
