<?php
// libs/chat.php (stand-in for the case)
