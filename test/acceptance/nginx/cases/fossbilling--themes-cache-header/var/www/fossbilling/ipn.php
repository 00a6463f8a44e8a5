<?php
// FOSSBilling ipn.php (placeholder)
