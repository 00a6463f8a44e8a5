<?php
// FOSSBilling di.php (placeholder)
