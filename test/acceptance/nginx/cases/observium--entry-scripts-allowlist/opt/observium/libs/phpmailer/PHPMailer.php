<?php
// PHPMailer.php (stub)
