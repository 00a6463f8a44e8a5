<?php
// stand-in for CE Phoenix's includes/apps/paypal/OSCOM_PayPal.php
