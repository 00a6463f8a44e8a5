<?php
// ProjectSend page stand-in: email-test.php
