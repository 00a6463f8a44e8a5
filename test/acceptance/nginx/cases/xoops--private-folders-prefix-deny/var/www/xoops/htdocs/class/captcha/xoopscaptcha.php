<?php
// class/captcha/xoopscaptcha.php (stand-in)
