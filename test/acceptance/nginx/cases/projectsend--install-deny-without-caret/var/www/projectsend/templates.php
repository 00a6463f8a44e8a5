<?php
// ProjectSend page stand-in: templates.php
