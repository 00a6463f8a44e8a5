<?php
// ProjectSend page stand-in: email-templates.php
