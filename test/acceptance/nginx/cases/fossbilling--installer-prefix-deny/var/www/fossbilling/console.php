<?php
// FOSSBilling console.php (placeholder)
