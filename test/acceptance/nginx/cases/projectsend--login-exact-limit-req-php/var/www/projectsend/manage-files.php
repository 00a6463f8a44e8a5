<?php
// ProjectSend page stand-in: manage-files.php
