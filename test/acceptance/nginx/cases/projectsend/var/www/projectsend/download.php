<?php
// ProjectSend page stand-in: download.php
