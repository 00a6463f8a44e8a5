<?php
// ProjectSend page stand-in: login-callback.php
