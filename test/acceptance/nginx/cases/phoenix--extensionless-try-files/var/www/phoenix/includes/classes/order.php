<?php
// stand-in for CE Phoenix's includes/classes/order.php
