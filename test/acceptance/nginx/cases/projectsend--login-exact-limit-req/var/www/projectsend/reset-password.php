<?php
// ProjectSend page stand-in: reset-password.php
