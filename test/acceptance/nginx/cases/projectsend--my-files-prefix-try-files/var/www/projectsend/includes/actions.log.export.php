<?php
// ProjectSend include stand-in: actions.log.export.php
