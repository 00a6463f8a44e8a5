<?php
// class/captcha/image/scripts/image.php (stand-in)
