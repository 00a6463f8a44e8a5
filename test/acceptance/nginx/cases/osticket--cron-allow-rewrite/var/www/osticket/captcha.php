<?php
// osTicket 1.18 placeholder: captcha.php
