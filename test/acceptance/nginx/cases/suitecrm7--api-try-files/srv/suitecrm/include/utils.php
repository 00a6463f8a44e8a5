<?php
// stand-in for SuiteCRM 7.14 include/utils.php
