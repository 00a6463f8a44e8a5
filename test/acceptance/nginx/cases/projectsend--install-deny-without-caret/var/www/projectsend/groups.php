<?php
// ProjectSend page stand-in: groups.php
