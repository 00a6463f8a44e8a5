<?php
// stand-in for CE Phoenix's includes/modules/payment/paypal_standard.php
