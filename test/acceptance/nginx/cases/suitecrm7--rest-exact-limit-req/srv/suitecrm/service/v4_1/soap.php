<?php
// stand-in for SuiteCRM 7.14 service/v4_1/soap.php
