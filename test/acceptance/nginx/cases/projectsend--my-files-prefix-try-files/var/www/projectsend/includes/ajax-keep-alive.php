<?php
// ProjectSend include stand-in: ajax-keep-alive.php
