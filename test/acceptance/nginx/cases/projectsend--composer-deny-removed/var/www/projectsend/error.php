<?php
// ProjectSend page stand-in: error.php
