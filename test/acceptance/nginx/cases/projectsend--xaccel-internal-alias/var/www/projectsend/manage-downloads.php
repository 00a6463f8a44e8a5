<?php
// ProjectSend page stand-in: manage-downloads.php
