<?php
// ProjectSend page stand-in: import-orphans.php
