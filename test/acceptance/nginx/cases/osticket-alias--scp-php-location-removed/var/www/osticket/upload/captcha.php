<?php
// stand-in for osTicket captcha.php
