<?php
// Chamilo 1.11: user_portal.php
