<?php
// FOSSBilling index.php (placeholder)
