<?php
/* SquirrelMail 1.4.23-svn (Debian 2:1.4.23~svn20120406): functions/index.php */
