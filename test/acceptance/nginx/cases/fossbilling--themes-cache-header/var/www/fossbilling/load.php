<?php
// FOSSBilling load.php (placeholder)
