<?php
// stand-in for Chamilo's user_portal.php
