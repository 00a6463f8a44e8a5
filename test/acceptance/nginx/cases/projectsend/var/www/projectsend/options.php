<?php
// ProjectSend page stand-in: options.php
