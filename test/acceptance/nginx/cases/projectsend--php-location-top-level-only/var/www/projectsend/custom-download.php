<?php
// ProjectSend page stand-in: custom-download.php
