<?php
// ProjectSend page stand-in: categories.php
