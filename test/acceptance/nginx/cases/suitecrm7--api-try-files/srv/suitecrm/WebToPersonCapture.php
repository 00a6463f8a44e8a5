<?php
// stand-in for SuiteCRM 7.14 WebToPersonCapture.php
