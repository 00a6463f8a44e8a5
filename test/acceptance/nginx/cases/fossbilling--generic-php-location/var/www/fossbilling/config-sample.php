<?php
// FOSSBilling config-sample.php (placeholder)
