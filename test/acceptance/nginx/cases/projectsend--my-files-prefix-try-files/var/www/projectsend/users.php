<?php
// ProjectSend page stand-in: users.php
