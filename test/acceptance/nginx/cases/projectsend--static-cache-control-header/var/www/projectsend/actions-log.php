<?php
// ProjectSend page stand-in: actions-log.php
