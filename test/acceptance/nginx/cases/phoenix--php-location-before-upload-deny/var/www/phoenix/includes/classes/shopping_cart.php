<?php
// stand-in for CE Phoenix's includes/classes/shopping_cart.php
