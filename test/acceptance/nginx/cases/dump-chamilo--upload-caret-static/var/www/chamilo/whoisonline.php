<?php
// Chamilo 1.11: whoisonline.php
