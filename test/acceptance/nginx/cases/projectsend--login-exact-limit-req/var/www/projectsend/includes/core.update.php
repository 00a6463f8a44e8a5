<?php
// ProjectSend include stand-in: core.update.php
