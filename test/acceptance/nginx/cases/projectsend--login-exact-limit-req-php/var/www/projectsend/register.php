<?php
// ProjectSend page stand-in: register.php
