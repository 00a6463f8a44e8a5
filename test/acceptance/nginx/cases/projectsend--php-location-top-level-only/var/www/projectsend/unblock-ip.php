<?php
// ProjectSend page stand-in: unblock-ip.php
