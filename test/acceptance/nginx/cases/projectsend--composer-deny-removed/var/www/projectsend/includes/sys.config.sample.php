<?php
// ProjectSend include stand-in: sys.config.sample.php
