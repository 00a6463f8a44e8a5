<?php
// ProjectSend page stand-in: users-add.php
