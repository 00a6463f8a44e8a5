<?php
// xoops_data/configs/captcha/config.php (stand-in)
