<?php
// ProjectSend page stand-in: upload.php
