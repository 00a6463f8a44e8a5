<?php
// ProjectSend page stand-in: header-unlogged.php
