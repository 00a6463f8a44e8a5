<?php
// stand-in for CE Phoenix's includes/actions/add_product.php
