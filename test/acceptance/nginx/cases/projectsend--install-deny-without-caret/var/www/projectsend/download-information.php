<?php
// ProjectSend page stand-in: download-information.php
