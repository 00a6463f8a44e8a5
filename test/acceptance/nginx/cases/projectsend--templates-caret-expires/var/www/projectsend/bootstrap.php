<?php
// ProjectSend page stand-in: bootstrap.php
