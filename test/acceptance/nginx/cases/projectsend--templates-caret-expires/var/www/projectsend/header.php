<?php
// ProjectSend page stand-in: header.php
