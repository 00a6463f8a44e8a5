<?php
// stand-in for SuiteCRM 7.14 soap.php
